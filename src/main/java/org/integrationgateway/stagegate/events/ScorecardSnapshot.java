package org.integrationgateway.stagegate.events;

import java.util.List;

/** One gatekeeper's scorecard: per criterion met (must-meet) or score 0–10 (should-meet), and a recommendation. */
public record ScorecardSnapshot(long gatekeeperId, String recommendation, String comment, List<Score> scores) {

    public record Score(int criterionIndex, Boolean met, Integer score, String comment) {
    }
}
