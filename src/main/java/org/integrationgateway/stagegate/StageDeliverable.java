package org.integrationgateway.stagegate;

import org.springframework.data.relational.core.mapping.Table;

/** A deliverable a stage requires before its gate. */
@Table("stage_deliverable")
public record StageDeliverable(String name, String description) {
}
