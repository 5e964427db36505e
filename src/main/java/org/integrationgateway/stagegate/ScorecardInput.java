package org.integrationgateway.stagegate;

import java.util.List;

/** What a gatekeeper submits: an answer for every criterion of the gate, a recommendation and a comment. */
public record ScorecardInput(Decision recommendation, String comment, List<Answer> answers) {

    public record Answer(int criterionIndex, Boolean met, Integer score, String comment) {
    }
}
