package org.integrationgateway.changecontrol;

import java.util.ArrayList;
import java.util.List;
import org.integrationgateway.stagegate.spi.AgendaItem;
import org.integrationgateway.stagegate.spi.GateAgendaContributor;
import org.integrationgateway.stagegate.spi.GateContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Injects change requests into gate reviews: every change targeted at the gate (or deferred to it) and awaiting a
 * decision is an agenda item, followed by one item leading to the page where they are decided with the gate; then
 * every approved change an order scheduled for the gate, to be carried out by it.
 */
@Component
@Order(10)
class ChangeAgenda implements GateAgendaContributor {

    static final String SOURCE = "Change control";

    private final ChangeRequests requests;
    private final ChangeQueries queries;

    ChangeAgenda(ChangeRequests requests, ChangeQueries queries) {
        this.requests = requests;
        this.queries = queries;
    }

    @Override
    public List<AgendaItem> agendaFor(GateContext gate) {
        List<AgendaItem> items = new ArrayList<>();
        List<Long> ids = requests.findAllIdsAtGate(gate.projectId(), gate.stageIndex());
        if (!ids.isEmpty()) {
            queries.entries(ids).stream().sorted(java.util.Comparator.comparing(ChangeLogEntry::id)).forEach(entry ->
                    items.add(new AgendaItem(SOURCE, entry.key() + " " + entry.title(), detail(entry), "/changes/" + entry.id())));
            items.add(new AgendaItem(SOURCE, "Decide " + ids.size() + (ids.size() == 1 ? " change" : " changes") + " with this gate",
                    "Approve, reject or defer the changes brought to this gate, one by one or together.",
                    "/gate-reviews/" + gate.reviewId() + "/changes"));
        }
        List<Long> scheduled = requests.findAllIdsScheduledAtGate(gate.projectId(), gate.stageIndex());
        requests.findAllById(scheduled).stream().sorted(java.util.Comparator.comparing(ChangeRequest::getId))
                .forEach(request -> items.add(new AgendaItem(SOURCE, request.key() + " " + request.getTitle(),
                        "Approved; to be carried out by this gate for " + request.getScheduled().orderLabel() + ".",
                        "/changes/" + request.getId())));
        return items;
    }

    private static String detail(ChangeLogEntry entry) {
        StringBuilder detail = new StringBuilder(label(entry.changeClass().name())).append(" change from ")
                .append(label(entry.origin().name())).append(", ").append(label(entry.state().name()));
        if (entry.costDelta() != null) {
            detail.append("; cost ").append(entry.costDelta().toPlainString()).append(' ').append(entry.currency())
                    .append(", schedule ").append(entry.scheduleDeltaDays()).append(" days, risk ")
                    .append(label(entry.risk().name()));
        }
        if (entry.revenueAtStake() != null) {
            detail.append("; revenue at stake ").append(entry.revenueAtStake().toPlainString()).append(' ')
                    .append(entry.revenueCurrency());
        }
        return detail.append('.').toString();
    }

    private static String label(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
