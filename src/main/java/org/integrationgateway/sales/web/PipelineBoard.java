package org.integrationgateway.sales.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.integrationgateway.organisation.PersonSummary;
import org.integrationgateway.sales.OpportunityRow;
import org.integrationgateway.sales.OpportunityStage;
import org.integrationgateway.sales.SalesViewer;
import org.integrationgateway.sales.StageTotals;

/**
 * The pipeline board as the page shows it: one column per open stage with its cards and totals per currency, and
 * the won and lost summaries. {@code truncated} is true when more open opportunities match than the board shows.
 */
public record PipelineBoard(List<Column> columns, List<StageTotals> won, List<StageTotals> lost, boolean truncated) {

    public record Column(OpportunityStage stage, List<Card> cards, List<StageTotals> totals) {
    }

    public record Card(OpportunityRow row, String customer, String owner, boolean overdue, boolean editable) {
    }

    static PipelineBoard of(List<OpportunityRow> rows, List<StageTotals> totals, Map<Long, String> customers,
                            Map<Long, PersonSummary> owners, SalesViewer viewer, LocalDate today, int limit) {
        List<Column> columns = OpportunityStage.OPEN.stream().map(stage -> new Column(stage,
                rows.stream().filter(r -> r.stage() == stage).map(r -> new Card(r,
                        customers.getOrDefault(r.customerId(), "#" + r.customerId()),
                        owners.containsKey(r.ownerId()) ? owners.get(r.ownerId()).fullName() : "#" + r.ownerId(),
                        r.isOverdue(today), viewer.everything() || (viewer.salesDepartment() != null
                        && viewer.salesDepartment() == r.ownerDepartmentId()))).toList(),
                totals.stream().filter(t -> t.stage() == stage).toList())).toList();
        return new PipelineBoard(columns,
                totals.stream().filter(t -> t.stage() == OpportunityStage.WON).toList(),
                totals.stream().filter(t -> t.stage() == OpportunityStage.LOST).toList(), rows.size() >= limit);
    }

    public boolean isEmpty() {
        return columns.stream().allMatch(c -> c.cards().isEmpty()) && won.isEmpty() && lost.isEmpty();
    }
}
