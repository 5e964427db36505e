package org.integrationgateway.changecontrol;

import java.time.Instant;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A board member's vote in one decision round; a DEFER vote names the gate (stage index) to defer to. A member
 * has one vote per round: voting again replaces it until the round is decided.
 */
@Table("change_request_vote")
public record Vote(int round, long person, String personName, VoteChoice choice, Integer deferToStage,
                   String comment, Instant castAt) {
}
