package org.integrationgateway.insight;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.integrationgateway.shared.InvalidRequestException;

/**
 * What the measures are computed over: a program (null: all projects) and a period of whole days, {@code from} and
 * {@code to} inclusive, in UTC. Without dates the period is the last twelve calendar months: from the first day of the
 * month eleven months back to today. A period is at most {@link #MAX_MONTHS} months long.
 */
public record MeasureFilter(Long programId, LocalDate from, LocalDate to) {

    public static final int MAX_MONTHS = 60;

    public MeasureFilter {
        if (from == null || to == null) {
            throw new InvalidRequestException(from == null ? "from" : "to", "Give the period as ISO dates.");
        }
        if (from.isAfter(to)) {
            throw new InvalidRequestException("from", "The period starts after it ends: from " + from + " is after to "
                    + to + ".");
        }
        if (ChronoUnit.MONTHS.between(from, to) >= MAX_MONTHS) {
            throw new InvalidRequestException("to", "A period is at most " + MAX_MONTHS + " months long.");
        }
    }

    /** Reads the filter as a request gives it (text, blank meaning not given), defaulting the period from today. */
    public static MeasureFilter parse(String programId, String from, String to, LocalDate today) {
        Long program = null;
        if (programId != null && !programId.isBlank()) {
            try {
                program = Long.valueOf(programId.strip());
            } catch (NumberFormatException notNumber) {
                throw new InvalidRequestException("programId", "The program must be given by its id.");
            }
        }
        LocalDate end = date(to, "to");
        LocalDate start = date(from, "from");
        if (end == null) {
            end = start == null || start.isBefore(today) ? today : start.plusMonths(12).minusDays(1);
        }
        if (start == null) {
            start = end.withDayOfMonth(1).minusMonths(11);
        }
        return new MeasureFilter(program, start, end);
    }

    private static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException notDate) {
            throw new InvalidRequestException(field, "\u201c" + text.strip() + "\u201d is not a date like 2026-03-14.");
        }
    }

    /** The first instant of the period. */
    public OffsetDateTime start() {
        return from.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    /** The first instant after the period. */
    public OffsetDateTime end() {
        return to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
    }
}
