package org.integrationgateway.meetings;

import java.time.LocalDate;

/**
 * When a project manager is reminded of a status report: a report is due by the last day of its period, and the
 * reminder goes out from {@code leadDays} before that day until the period ends, if the period has no report yet. A
 * period shorter than the lead is reminded of from its first day.
 */
public record ReminderPolicy(int leadDays) {

    public ReminderPolicy {
        if (leadDays < 0 || leadDays > 27) {
            throw new IllegalArgumentException("the reminder lead is 0 to 27 days");
        }
    }

    /** The first day a reminder for {@code period} may go out. */
    public LocalDate remindFrom(ReportingPeriod period) {
        LocalDate from = period.end().minusDays(leadDays);
        return from.isBefore(period.start()) ? period.start() : from;
    }

    /** True when, on {@code today}, a period without a report should be reminded of. */
    public boolean remindsOn(ReportingPeriod period, LocalDate today) {
        return !today.isBefore(remindFrom(period)) && !today.isAfter(period.end());
    }
}
