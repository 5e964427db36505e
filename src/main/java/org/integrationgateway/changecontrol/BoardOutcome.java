package org.integrationgateway.changecontrol;

/** What the board's rule makes of the votes so far: a choice (and for DEFER the gate), or none yet. */
public record BoardOutcome(VoteChoice choice, Integer deferToStage, DecisionForum forum) {
}
