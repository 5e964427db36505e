package org.integrationgateway.changecontrol;

import java.time.Instant;
import org.springframework.data.relational.core.mapping.Table;

/** One entry of a change request's timeline: what was done, from which state to which, by whom, when and why. */
@Table("change_request_transition")
public record TransitionRecord(String action, ChangeState fromState, ChangeState toState, Long actorPerson,
                               String actorName, Instant occurredAt, String comment) {
}
