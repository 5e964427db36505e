package org.integrationgateway.stagegate;

import org.springframework.data.relational.core.mapping.Table;

/** A deliverable of the reviewed stage that a RECYCLE reopened. */
@Table("decision_reopened_deliverable")
public record ReopenedDeliverable(int deliverableIndex) {
}
