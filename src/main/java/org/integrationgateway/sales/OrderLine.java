package org.integrationgateway.sales;

import java.math.BigDecimal;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One line of an order, copied from the accepted quote line {@code quoteLine}: what it buys, its amount, the
 * change request of a customisation and the gate it was scheduled at, and the deliverables it buys (the spec item
 * keys: the option itself, or the items a customisation changes; comma-separated).
 */
@Table("sales_order_line")
public record OrderLine(int quoteLine, LineKind kind, String description, String itemKey, int quantity,
                        BigDecimal amount, Long changeRequest, String deliverables, String scheduledGate) {

    public java.util.List<String> deliverableKeys() {
        return deliverables == null || deliverables.isBlank() ? java.util.List.of()
                : java.util.List.of(deliverables.split(","));
    }
}
