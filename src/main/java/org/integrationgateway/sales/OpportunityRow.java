package org.integrationgateway.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An opportunity as lists and board cards show it (without its history and projects). */
public record OpportunityRow(long id, long customerId, Long contactId, String title, OpportunityStage stage,
                             BigDecimal value, String currency, int probability, BigDecimal weightedValue,
                             LocalDate expectedClose, long ownerId, long ownerDepartmentId, long version) {

    public String key() {
        return "OPP-" + id;
    }

    public boolean isOverdue(LocalDate today) {
        return stage.isOpen() && expectedClose != null && expectedClose.isBefore(today);
    }
}
