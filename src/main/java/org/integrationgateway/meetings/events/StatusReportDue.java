package org.integrationgateway.meetings.events;

import java.time.LocalDate;

/**
 * A project's status report for a period is due and not yet written: published once per project and period, in the
 * transaction that records the reminder, for the inbox to tell the project manager. Not an audited change: nothing
 * about the project changed.
 */
public record StatusReportDue(long projectId, String projectCode, String projectName, long managerId,
                              LocalDate periodStart, LocalDate periodEnd) {
}
