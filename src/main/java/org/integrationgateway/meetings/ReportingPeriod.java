package org.integrationgateway.meetings;

import java.time.LocalDate;

/** A reporting period, both days included. */
public record ReportingPeriod(LocalDate start, LocalDate end) {

    public ReportingPeriod {
        if (start == null || end == null || end.isBefore(start)) {
            throw new IllegalArgumentException("a period runs from its start to an end not before it");
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    public boolean overlaps(ReportingPeriod other) {
        return !start.isAfter(other.end) && !end.isBefore(other.start);
    }
}
