package org.integrationgateway.portfolio;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** A person's load between two days: stretches of constant load, the peak, and the peak of every month touched. */
public record PersonLoad(long personId, String personName, LocalDate from, LocalDate to, int peakPercent,
                         List<AllocationPolicy.LoadSegment> segments, List<MonthLoad> months) {

    /** The highest load on any day of the month (within the requested days). */
    public record MonthLoad(YearMonth month, int peakPercent) {

        public boolean overbooked() {
            return peakPercent > AllocationPolicy.LIMIT;
        }
    }
}
