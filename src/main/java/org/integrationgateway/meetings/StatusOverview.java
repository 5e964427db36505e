package org.integrationgateway.meetings;

import java.time.LocalDate;

/**
 * Where a project stands with its status reports: its cadence (and the version of the choice, null while it reports
 * the default), the period today falls in, whether that period has been reported, when its report is due and when the
 * reminder goes out, and the latest report (null before the first).
 */
public record StatusOverview(long projectId, Cadence cadence, Long cadenceVersion, ReportingPeriod currentPeriod,
                             boolean currentReported, LocalDate dueOn, LocalDate remindFrom, StatusReport latest) {

    /** True when the current period has no report and its reminder time has come. */
    public boolean due(LocalDate today) {
        return !currentReported && !today.isBefore(remindFrom);
    }
}
