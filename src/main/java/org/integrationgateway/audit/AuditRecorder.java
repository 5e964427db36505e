package org.integrationgateway.audit;

import java.time.Clock;
import java.time.Instant;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.shared.AuditedChange;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an audit entry for every {@link AuditedChange}, synchronously and inside the publishing transaction,
 * so that a change and its audit entry are committed or rolled back together. Publishing an audited event
 * outside a transaction is a programming error.
 */
@Component
class AuditRecorder {

    private final AuditEntries entries;
    private final JsonMapper json;
    private final Clock clock;

    AuditRecorder(AuditEntries entries, Clock clock) {
        this.entries = entries;
        this.json = JsonMapper.builder().findAndAddModules().build();
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void record(AuditedChange change) {
        entries.save(new AuditEntry(null, Instant.now(clock), CurrentUser.actorName(), change.entityType(),
                change.entityId(), change.action(), toJson(change.before()), toJson(change.after())));
    }

    private String toJson(Object snapshot) {
        return snapshot == null ? null : json.writeValueAsString(snapshot);
    }
}
