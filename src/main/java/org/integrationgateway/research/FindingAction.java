package org.integrationgateway.research;

import java.time.Instant;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One action taken on a finding: a change request raised on a project ({@code changeRequest}), a spec item linked as
 * supported by it ({@code itemKey} of {@code project}), or the dismissal (with {@code note} as the reason); by whom and
 * when.
 */
@Table("finding_action")
public record FindingAction(Outcome kind, Long project, Long changeRequest, String itemKey, String note,
                            Long actorPerson, String actorName, Instant actedAt) {
}
