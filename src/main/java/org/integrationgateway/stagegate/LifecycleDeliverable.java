package org.integrationgateway.stagegate;

import java.time.Instant;
import org.springframework.data.relational.core.mapping.Table;

/** The status and optional link of deliverable {@code deliverableIndex} of stage {@code stageIndex} in one project. */
@Table("lifecycle_deliverable")
public record LifecycleDeliverable(int stageIndex, int deliverableIndex, DeliverableStatus status, String link,
                                   Instant updatedAt) {
}
