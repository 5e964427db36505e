package org.integrationgateway.stagegate;

import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Table;

/** A condition attached to a gate decision: what must be done, by whom (a person id) and by when. */
@Table("decision_condition")
public record DecisionCondition(String text, long owner, LocalDate dueOn) {
}
