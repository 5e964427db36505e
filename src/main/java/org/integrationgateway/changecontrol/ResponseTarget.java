package org.integrationgateway.changecontrol;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.integrationgateway.shared.InvalidRequestException;

/**
 * How soon the board is to decide a change of one class: {@code amount} hours, or working days (Monday to Friday,
 * counted in UTC). The clock starts at submission.
 */
public record ResponseTarget(int amount, Unit unit) {

    public static final int MAX_AMOUNT = 1000;

    public enum Unit {
        HOURS, WORKING_DAYS
    }

    public ResponseTarget {
        if (unit == null) {
            throw new InvalidRequestException("unit", "Choose hours or working days.");
        }
        if (amount < 1 || amount > MAX_AMOUNT) {
            throw new InvalidRequestException("amount", "A response target is 1 to " + MAX_AMOUNT + " hours or working days.");
        }
    }

    /** When a decision is due for a change submitted at {@code start}. */
    public Instant dueFrom(Instant start) {
        if (unit == Unit.HOURS) {
            return start.plus(Duration.ofHours(amount));
        }
        ZonedDateTime due = start.atZone(ZoneOffset.UTC);
        for (int day = 0; day < amount; day++) {
            due = due.plusDays(1);
            while (due.getDayOfWeek() == DayOfWeek.SATURDAY || due.getDayOfWeek() == DayOfWeek.SUNDAY) {
                due = due.plusDays(1);
            }
        }
        return due.toInstant();
    }

    @Override
    public String toString() {
        return amount + " " + unit;
    }
}
