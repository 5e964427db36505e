package org.integrationgateway.audit.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.integrationgateway.audit.AuditEntry;

/** An audit entry as one row of the audit page: times in UTC, snapshots pretty-printed. */
record AuditRow(long id, String occurredAt, String occurredAtIso, String actor, String entityType, String entityId,
                String action, String before, String after, List<String> changedFields) {

    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    static AuditRow of(AuditEntry entry) {
        return new AuditRow(entry.id(), DISPLAY.format(entry.occurredAt()), entry.occurredAt().toString(),
                entry.actor(), entry.entityType(), entry.entityId(), entry.action(),
                AuditSnapshots.pretty(entry.beforeState()), AuditSnapshots.pretty(entry.afterState()),
                AuditSnapshots.changedFields(entry.beforeState(), entry.afterState()));
    }
}
