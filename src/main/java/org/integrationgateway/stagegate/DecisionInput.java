package org.integrationgateway.stagegate;

import java.time.LocalDate;
import java.util.List;

/**
 * A gate decision as the decider enters it. {@code overrideJustification} is required for a GO at a gate that did
 * not pass ({@link GatePassPolicy}); {@code reopenDeliverables} (indexes within the stage) for a RECYCLE;
 * {@code version} is the review version the decision is based on.
 */
public record DecisionInput(Decision decision, String rationale, String overrideJustification,
                            List<Condition> conditions, List<Integer> reopenDeliverables, long version) {

    public record Condition(String text, Long ownerId, LocalDate dueOn) {
    }
}
