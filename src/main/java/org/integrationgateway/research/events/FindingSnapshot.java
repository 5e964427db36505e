package org.integrationgateway.research.events;

import java.util.List;

/**
 * A finding as events and the audit log show it: key (F-12), title, source, segment, confidence, state and outcome
 * (by name), who surfaced it, the projects it bears on and the items it contradicts ("projectId:SPEC-14").
 */
public record FindingSnapshot(long id, String key, String title, String source, String segment, String confidence,
                              String state, String outcome, Long surfacedBy, List<Long> projectIds,
                              List<String> contradictions) {
}
