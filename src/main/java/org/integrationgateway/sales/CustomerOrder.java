package org.integrationgateway.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An order as its customer sees it in the portal: number, project, when it was booked, total, delivery date, the
 * customer variant it made and its lines (empty in lists). No internal figures (credited rep, department, costs).
 */
public record CustomerOrder(long id, String number, long projectId, String projectName, LocalDate bookedOn,
                            String currency, BigDecimal total, LocalDate deliveryDate, Long variantId, long quoteId,
                            String quoteKey, int lineCount, List<Line> lines) {

    /** A line: what it buys (option or customisation), the item it is, quantity, amount, the gate that carries it. */
    public record Line(int position, LineKind kind, String description, String itemKey, int quantity,
                       BigDecimal amount, String scheduledGate) {
    }
}
