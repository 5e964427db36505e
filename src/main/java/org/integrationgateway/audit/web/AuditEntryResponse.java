package org.integrationgateway.audit.web;

import java.time.Instant;
import org.integrationgateway.audit.AuditEntry;
import tools.jackson.databind.JsonNode;

/** An audit entry in the API; {@code before} is null for a creation, {@code after} null for a deletion. */
record AuditEntryResponse(long id, Instant occurredAt, String actor, String entityType, String entityId,
                          String action, JsonNode before, JsonNode after) {

    static AuditEntryResponse of(AuditEntry entry) {
        return new AuditEntryResponse(entry.id(), entry.occurredAt(), entry.actor(), entry.entityType(),
                entry.entityId(), entry.action(), AuditSnapshots.parse(entry.beforeState()),
                AuditSnapshots.parse(entry.afterState()));
    }
}
