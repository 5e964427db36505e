package org.integrationgateway.meetings;

import java.time.LocalDate;
import java.util.List;

/**
 * What a project manager writes in a status report: the day it reports on (its period follows from the project's
 * cadence; today when null), the four ratings, the narrative (Markdown) and the key risks.
 */
public record StatusReportDraft(LocalDate reportingDate, Rag scope, Rag schedule, Rag cost, Rag quality,
                                String narrative, List<String> keyRisks) {
}
