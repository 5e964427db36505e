package org.integrationgateway.meetings.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A status report as events and the audit log show it: its project and period, the cadence it was written for, the
 * four ratings by name (RED, AMBER, GREEN), how many key risks it lists, and who published it when. The narrative and
 * the risks' texts stay in the report, readable by the project's members.
 */
public record StatusReportSnapshot(long id, long projectId, String cadence, LocalDate periodStart, LocalDate periodEnd,
                                   String scope, String schedule, String cost, String quality, int keyRisks,
                                   Long authorId, String authorName, Instant publishedAt) {
}
