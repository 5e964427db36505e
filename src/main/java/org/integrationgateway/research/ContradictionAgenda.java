package org.integrationgateway.research;

import java.util.ArrayList;
import java.util.List;
import org.integrationgateway.stagegate.spi.AgendaItem;
import org.integrationgateway.stagegate.spi.GateAgendaContributor;
import org.integrationgateway.stagegate.spi.GateContext;
import org.springframework.stereotype.Component;

/**
 * Puts every finding that contradicts a baselined item of the project, and has not been actioned, on the agenda of
 * the project's gate reviews, so the gatekeepers weigh it before the next decision.
 */
@Component
class ContradictionAgenda implements GateAgendaContributor {

    private final Findings findings;

    ContradictionAgenda(Findings findings) {
        this.findings = findings;
    }

    @Override
    public List<AgendaItem> agendaFor(GateContext gate) {
        List<AgendaItem> items = new ArrayList<>();
        for (Finding finding : findings.findOpenContradictions(gate.projectId())) {
            for (Bearing bearing : finding.openContradictions()) {
                if (bearing.project() == gate.projectId()) {
                    items.add(new AgendaItem("Market research", "Finding " + finding.key() + " contradicts "
                            + bearing.itemKey() + ": " + finding.getTitle(), bearing.how() + " (" + finding.getSource().name()
                            .toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ", confidence "
                            + finding.getConfidence().name().toLowerCase(java.util.Locale.ROOT) + ")",
                            "/research/findings/" + finding.getId()));
                }
            }
        }
        return items;
    }
}
