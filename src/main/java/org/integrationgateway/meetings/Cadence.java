package org.integrationgateway.meetings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * How often a project reports its status, and so which period a day belongs to: a week from Monday to Sunday, two
 * such weeks counted from Monday 1 January 2024 (so every project's fortnights are the same), or a calendar month.
 */
public enum Cadence {
    WEEKLY, FORTNIGHTLY, MONTHLY;

    /** The Monday that fortnights are counted from. */
    static final LocalDate FORTNIGHT_ANCHOR = LocalDate.of(2024, 1, 1);

    public static final Cadence DEFAULT = WEEKLY;

    /** The period of this cadence that {@code day} falls in. */
    public ReportingPeriod periodOf(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return switch (this) {
            case WEEKLY -> new ReportingPeriod(monday, monday.plusDays(6));
            case FORTNIGHTLY -> {
                long fortnights = Math.floorDiv(ChronoUnit.DAYS.between(FORTNIGHT_ANCHOR, monday), 14);
                LocalDate start = FORTNIGHT_ANCHOR.plusDays(fortnights * 14);
                yield new ReportingPeriod(start, start.plusDays(13));
            }
            case MONTHLY -> new ReportingPeriod(day.withDayOfMonth(1), day.with(TemporalAdjusters.lastDayOfMonth()));
        };
    }
}
