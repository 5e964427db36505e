package org.integrationgateway.meetings;

import java.util.ArrayList;
import java.util.List;
import org.integrationgateway.changecontrol.ChangeFilter;
import org.integrationgateway.changecontrol.ChangeLogEntry;
import org.integrationgateway.changecontrol.ChangeQueries;
import org.integrationgateway.changecontrol.ChangeState;
import org.integrationgateway.research.Research;
import org.integrationgateway.stagegate.GateReview;
import org.integrationgateway.stagegate.LifecycleView;
import org.integrationgateway.stagegate.Lifecycles;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Builds a meeting's agenda from its project as it is now, in this order of sections (each at most
 * {@value #PER_SECTION} items, oldest first; an empty section is left out):
 * <ol>
 * <li>STATUS: the latest status report (its period and ratings);</li>
 * <li>GATE_REVIEW: the next (scheduled) gate review and its date;</li>
 * <li>NEXT_GATE: change requests targeted at the gate closing the current stage and not yet decided (submitted,
 * under assessment, awaiting a decision, or deferred to it);</li>
 * <li>AWAITING_DECISION: the other change requests awaiting a decision;</li>
 * <li>ACTION_ITEMS: the project's open action items, soonest due first;</li>
 * <li>CONTRADICTIONS: research findings not yet actioned that contradict the project's baseline.</li>
 * </ol>
 * Generated items are marked so: refreshing replaces them and keeps what people added by hand.
 */
@org.springframework.stereotype.Component
class AgendaBuilder {

    static final int PER_SECTION = 20;

    private final ChangeQueries changes;
    private final Lifecycles lifecycles;
    private final StatusReports reports;
    private final ActionItems actionItems;
    private final Research research;

    AgendaBuilder(ChangeQueries changes, Lifecycles lifecycles, StatusReports reports, ActionItems actionItems,
                  Research research) {
        this.changes = changes;
        this.lifecycles = lifecycles;
        this.reports = reports;
        this.actionItems = actionItems;
        this.research = research;
    }

    List<AgendaItem> build(long projectId) {
        List<AgendaItem> items = new ArrayList<>();
        reports.findFirstByProjectIdOrderByPeriodStartDescIdDesc(projectId).ifPresent(report -> items.add(
                new AgendaItem(AgendaSection.STATUS, "Status " + report.getPeriodStart() + " to "
                        + report.getPeriodEnd() + ": scope " + report.getScope() + ", schedule " + report.getSchedule()
                        + ", cost " + report.getCost() + ", quality " + report.getQuality(), null, "STATUS_REPORT",
                        report.getId(), true)));
        LifecycleView lifecycle = lifecycles.view(projectId);
        Integer currentStage = null;
        if (lifecycle.started()) {
            currentStage = lifecycle.lifecycle().getCurrentStage();
            GateReview next = lifecycle.nextReview();
            if (next != null) {
                String gate = lifecycle.template().stage(next.getStageIndex()).getGateName();
                items.add(new AgendaItem(AgendaSection.GATE_REVIEW, "Gate review: " + gate
                        + (next.getScheduledOn() == null ? "" : " on " + next.getScheduledOn()), null, "GATE_REVIEW",
                        next.getId(), true));
            }
        }
        List<Long> atNextGate = new ArrayList<>();
        if (currentStage != null) {
            for (ChangeLogEntry entry : changes.changeLog(projectId,
                    new ChangeFilter(null, null, null, currentStage, null), oldestFirst(100)).getContent()) {
                boolean open = entry.state() == ChangeState.SUBMITTED || entry.state() == ChangeState.UNDER_ASSESSMENT
                        || entry.state().decidable();
                if (open && atNextGate.size() < PER_SECTION) {
                    atNextGate.add(entry.id());
                    items.add(change(AgendaSection.NEXT_GATE, entry));
                }
            }
        }
        for (ChangeState state : List.of(ChangeState.AWAITING_DECISION, ChangeState.DEFERRED)) {
            for (ChangeLogEntry entry : changes.changeLog(projectId, new ChangeFilter(state, null, null, null, null),
                    oldestFirst(PER_SECTION + atNextGate.size())).getContent()) {
                if (!atNextGate.contains(entry.id()) && count(items, AgendaSection.AWAITING_DECISION) < PER_SECTION) {
                    items.add(change(AgendaSection.AWAITING_DECISION, entry));
                }
            }
        }
        actionItems.findByProjectIdAndStateOrderByDueOnAscIdAsc(projectId, ActionItemState.OPEN).stream()
                .limit(PER_SECTION).forEach(item -> items.add(new AgendaItem(AgendaSection.ACTION_ITEMS,
                        item.getTitle() + " (due " + item.getDueOn() + ")", null, "ACTION_ITEM", item.getId(), true)));
        research.openContradictions(projectId).stream().limit(PER_SECTION).forEach(finding -> items.add(
                new AgendaItem(AgendaSection.CONTRADICTIONS, finding.key() + " " + finding.getTitle(), null,
                        "FINDING", finding.getId(), true)));
        return items;
    }

    private static AgendaItem change(AgendaSection section, ChangeLogEntry entry) {
        String gate = entry.targetGateName() == null ? "" : " (" + entry.targetGateName() + ")";
        return new AgendaItem(section, entry.key() + " " + entry.title() + gate, null, "CHANGE_REQUEST", entry.id(),
                true);
    }

    private static long count(List<AgendaItem> items, AgendaSection section) {
        return items.stream().filter(i -> i.section() == section).count();
    }

    private static PageRequest oldestFirst(int size) {
        return PageRequest.of(0, size, Sort.by(Sort.Direction.ASC, "id"));
    }

}
