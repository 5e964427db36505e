package org.integrationgateway.sales;

import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One entry of an opportunity's stage history: from which stage (null when it was created) to which, with the
 * probability and value it had then, by whom and when.
 */
@Table("opportunity_stage_change")
public record StageChange(OpportunityStage fromStage, OpportunityStage toStage, int probability,
                          @Column("amount") BigDecimal value,
                          String currency, Long changedByPerson, String changedBy, Instant changedAt) {

    public BigDecimal weightedValue() {
        return Opportunity.weighted(value, probability);
    }
}
