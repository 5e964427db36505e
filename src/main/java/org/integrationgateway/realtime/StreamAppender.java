package org.integrationgateway.realtime;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends every domain event the {@link StreamCatalog} lists to the stream, synchronously in the transaction that
 * published it: the event is on the stream exactly when the business change is committed.
 */
@Component
class StreamAppender {

    private final StreamCatalog catalog;
    private final EventStream stream;

    StreamAppender(StreamCatalog catalog, EventStream stream) {
        this.catalog = catalog;
        this.stream = stream;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(org.integrationgateway.shared.AuditedChange event) {
        catalog.describe(event).ifPresent(stream::append);
    }
}
