package org.integrationgateway.audit;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** One recorded change. Immutable once written. */
@Table("audit_entry")
public record AuditEntry(@Id Long id, Instant occurredAt, String actor, String entityType, String entityId,
                         String action, String beforeState, String afterState) {
}
