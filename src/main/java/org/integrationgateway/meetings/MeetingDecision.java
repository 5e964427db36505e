package org.integrationgateway.meetings;

import java.time.Instant;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A decision taken in a meeting, as the meeting's log of it: the subject (a change request, or the gate review the
 * meeting holds), the outcome by name (APPROVE/REJECT/DEFER for a change, GO/KILL/HOLD/RECYCLE for a gate), a summary,
 * who recorded it and when. The decision itself lives with its subject, recorded through that module's own rules.
 */
@Table("meeting_decision")
public record MeetingDecision(DecisionSubject subjectKind, long subjectId, String outcome, String summary,
                              String decidedBy, Instant decidedAt) {
}
