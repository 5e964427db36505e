package org.integrationgateway.stagegate;

import java.util.List;
import org.integrationgateway.stagegate.spi.AgendaItem;
import org.integrationgateway.stagegate.spi.GateAgendaContributor;
import org.integrationgateway.stagegate.spi.GateContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Puts every deliverable of the reviewed stage that is not done on the gate's agenda. */
@Component
@Order(0)
class OpenDeliverablesAgenda implements GateAgendaContributor {

    static final String SOURCE = "stagegate";

    private final Lifecycles lifecycles;

    OpenDeliverablesAgenda(Lifecycles lifecycles) {
        this.lifecycles = lifecycles;
    }

    @Override
    public List<AgendaItem> agendaFor(GateContext gate) {
        ProjectLifecycle lifecycle = lifecycles.lifecycle(gate.projectId());
        TemplateStage stage = lifecycle.getTemplate().stage(gate.stageIndex());
        return java.util.stream.IntStream.range(0, stage.getDeliverables().size())
                .mapToObj(i -> java.util.Map.entry(i, lifecycle.deliverable(gate.stageIndex(), i)))
                .filter(e -> e.getValue().status() != DeliverableStatus.DONE)
                .map(e -> new AgendaItem(SOURCE, "Open deliverable: " + stage.getDeliverables().get(e.getKey()).name(),
                        "Status " + e.getValue().status().name().toLowerCase().replace('_', ' ')
                                + " at the " + gate.gateName() + " review.",
                        e.getValue().link() != null ? e.getValue().link() : "/projects/" + gate.projectId() + "#lifecycle"))
                .toList();
    }
}
