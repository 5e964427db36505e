package org.integrationgateway.sales.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.integrationgateway.shared.AuditedChange;
import org.integrationgateway.shared.TraceLinked;
import org.integrationgateway.shared.TraceNode;

/**
 * An order was booked from an accepted quote: the sales transaction for the scoreboard, credited to
 * {@code creditedTo} (the opportunity's owner) of {@code ownerDepartment}, with its total in {@code currency}, the
 * change requests it scheduled and the customer variant it made (null when the project has no baseline). Each
 * customisation's quote line is linked to the order in the traceability graph ("booked in").
 */
public record OrderBooked(long orderId, String orderNumber, long quoteId, String quoteKey, long opportunityId,
                          long customerId, long projectId, long creditedTo, long ownerDepartment, BigDecimal total,
                          String currency, LocalDate bookedOn, Instant bookedAt, String bookedBy, LocalDate deliveryDate,
                          List<Integer> customisationLines, List<Long> changeRequestIds, Long variantId)
        implements AuditedChange, TraceLinked {

    public TraceNode orderNode() {
        return new TraceNode(TraceNode.Types.ORDER, String.valueOf(orderId), "Order " + orderNumber, projectId);
    }

    @Override
    public List<Edge> traceEdges() {
        return customisationLines.stream()
                .map(line -> new Edge(new TraceNode(TraceNode.Types.QUOTE_LINE, quoteId + ":" + line,
                        "Quote " + quoteKey + " line " + line, projectId), orderNode(), "booked in"))
                .toList();
    }

    @Override
    public String entityType() {
        return "order";
    }

    @Override
    public String entityId() {
        return String.valueOf(orderId);
    }

    @Override
    public String action() {
        return "booked";
    }

    @Override
    public Object before() {
        return null;
    }

    @Override
    public Object after() {
        return this;
    }
}
