package org.integrationgateway.organisation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

/**
 * Base of the organisation aggregates. Events are registered as functions of the aggregate and built when
 * Spring Data publishes them, after the save, so that an event about a new aggregate carries its generated id
 * without a second write.
 */
abstract class OrganisationAggregate<A extends OrganisationAggregate<A>> {

    @Transient
    private final transient List<Function<A, Object>> pendingEvents = new ArrayList<>();

    protected void registerEvent(Function<A, Object> event) {
        pendingEvents.add(event);
    }

    @SuppressWarnings("unchecked")
    @DomainEvents
    Collection<Object> domainEvents() {
        A self = (A) this;
        return pendingEvents.stream().map(event -> event.apply(self)).toList();
    }

    @AfterDomainEventPublication
    void clearDomainEvents() {
        pendingEvents.clear();
    }
}
