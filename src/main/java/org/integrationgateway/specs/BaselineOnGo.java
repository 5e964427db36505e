package org.integrationgateway.specs;

import org.integrationgateway.stagegate.events.GateDecided;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A GO at a gate freezes the project's design baseline; other decisions freeze nothing. */
@Component
class BaselineOnGo {

    private final Baselining baselining;

    BaselineOnGo(Baselining baselining) {
        this.baselining = baselining;
    }

    @ApplicationModuleListener
    void on(GateDecided decided) {
        if ("GO".equals(decided.decision())) {
            baselining.freezeAtGate(decided.projectId(), decided.reviewId(), decided.gateName(), decided.decidedBy());
        }
    }
}
