package org.integrationgateway.realtime;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.integrationgateway.changecontrol.events.ChangeBoardChanged;
import org.integrationgateway.changecontrol.events.ChangeRequestAssessed;
import org.integrationgateway.changecontrol.events.ChangeRequestDecided;
import org.integrationgateway.changecontrol.events.ChangeRequestEdited;
import org.integrationgateway.changecontrol.events.ChangeRequestRaised;
import org.integrationgateway.changecontrol.events.ChangeRequestScheduled;
import org.integrationgateway.changecontrol.events.ChangeRequestTransitioned;
import org.integrationgateway.changecontrol.events.ChangeRequestVoted;
import org.integrationgateway.changecontrol.events.DelegatedEnvelopeChanged;
import org.integrationgateway.portfolio.events.MatrixAssignmentAdded;
import org.integrationgateway.portfolio.events.MatrixAssignmentChanged;
import org.integrationgateway.portfolio.events.MatrixAssignmentEnded;
import org.integrationgateway.portfolio.events.ProjectChanged;
import org.integrationgateway.portfolio.events.ProjectCreated;
import org.integrationgateway.shared.AuditedChange;
import org.integrationgateway.specs.events.BaselineFrozen;
import org.integrationgateway.specs.events.SpecItemRevised;
import org.integrationgateway.specs.events.TraceLinkReviewed;
import org.integrationgateway.specs.events.VariantChanged;
import org.integrationgateway.stagegate.events.DeliverableUpdated;
import org.integrationgateway.stagegate.events.GateCriteriaScored;
import org.integrationgateway.stagegate.events.GateDecided;
import org.integrationgateway.stagegate.events.GateReviewScheduled;
import org.integrationgateway.stagegate.events.LifecycleTransition;
import org.springframework.stereotype.Component;

/**
 * Which domain events go on the stream, and with which topics. An event's stream type is its audit entity type
 * and action ({@code change-request.decided}); its payload is the event itself. Every event here is
 * {@link StreamAudience#INTERNAL}: none of today's events is meant for customers (the portal adds its own).
 * Events about the organisation, accounts and process templates are administrative and stay off the stream.
 * {@code StreamCatalogTests} fails when a new event type is neither listed here nor deliberately left out.
 */
@Component
class StreamCatalog {

    private final Map<Class<?>, Function<Object, Set<String>>> topicsByType = new LinkedHashMap<>();

    StreamCatalog() {
        changeRequest(ChangeRequestRaised.class, e -> e.changeRequest().projectId(), e -> e.changeRequest().id());
        changeRequest(ChangeRequestEdited.class, e -> e.changeRequest().projectId(), e -> e.changeRequest().id());
        changeRequest(ChangeRequestTransitioned.class, e -> e.changeRequest().projectId(), e -> e.changeRequest().id());
        changeRequest(ChangeRequestAssessed.class, e -> e.changeRequest().projectId(), e -> e.changeRequest().id());
        changeRequest(ChangeRequestVoted.class, ChangeRequestVoted::projectId, ChangeRequestVoted::changeRequestId);
        changeRequest(ChangeRequestDecided.class, e -> e.changeRequest().projectId(), e -> e.changeRequest().id());
        changeRequest(ChangeRequestScheduled.class, e -> e.changeRequest().projectId(), e -> e.changeRequest().id());
        register(ChangeBoardChanged.class, e -> topics(e.projectId()));
        register(DelegatedEnvelopeChanged.class, e -> topics(e.projectId()));

        register(SpecItemRevised.class, e -> {
            Set<String> topics = topics(e.projectId(), Topics.specItem(e.itemId()));
            if (e.changeRequestId() != null) {
                topics.add(Topics.changeRequest(e.changeRequestId()));
            }
            return topics;
        });
        register(BaselineFrozen.class, e -> {
            Set<String> topics = topics(e.projectId());
            if (e.gateReviewId() != null) {
                topics.add(Topics.gateReview(e.gateReviewId()));
            }
            return topics;
        });
        register(VariantChanged.class, e -> topics(e.projectId()));
        register(TraceLinkReviewed.class, e -> e.projectId() == null ? new LinkedHashSet<>() : topics(e.projectId()));

        register(GateReviewScheduled.class, e -> topics(e.review().projectId(), Topics.gateReview(e.review().reviewId())));
        register(GateCriteriaScored.class, e -> topics(e.projectId(), Topics.gateReview(e.reviewId())));
        register(GateDecided.class, e -> topics(e.projectId(), Topics.gateReview(e.reviewId())));
        register(DeliverableUpdated.class, e -> topics(e.after().projectId()));
        register(LifecycleTransition.class, e -> topics(e.projectId()));

        register(ProjectCreated.class, e -> topics(e.project().id()));
        register(ProjectChanged.class, e -> topics(e.project().id()));
        register(MatrixAssignmentAdded.class, e -> topics(e.assignment().projectId()));
        register(MatrixAssignmentChanged.class, e -> topics(e.assignment().projectId()));
        register(MatrixAssignmentEnded.class, e -> topics(e.assignment().projectId()));
    }

    /** The stream entry for a domain event, or empty when the event does not go on the stream. */
    Optional<StreamAppend> describe(Object event) {
        if (!(event instanceof AuditedChange change)) {
            return Optional.empty();
        }
        Function<Object, Set<String>> topics = topicsFor(event.getClass());
        if (topics == null) {
            return Optional.empty();
        }
        Set<String> eventTopics = topics.apply(event);
        Long projectId = eventTopics.stream().filter(t -> Topics.PROJECT.equals(Topics.kind(t))).findFirst()
                .map(Topics::id).orElse(null);
        return Optional.of(StreamAppend.internal(change.entityType() + "." + change.action(), projectId, eventTopics,
                event));
    }

    /** True when events of this class go on the stream. */
    boolean streams(Class<?> eventClass) {
        return topicsFor(eventClass) != null;
    }

    private Function<Object, Set<String>> topicsFor(Class<?> eventClass) {
        for (Map.Entry<Class<?>, Function<Object, Set<String>>> entry : topicsByType.entrySet()) {
            if (entry.getKey().isAssignableFrom(eventClass)) {
                return entry.getValue();
            }
        }
        return null;
    }

    private <E> void changeRequest(Class<E> type, Function<E, Long> project, Function<E, Long> request) {
        register(type, e -> topics(project.apply(e), Topics.changeRequest(request.apply(e)), Topics.DECISIONS));
    }

    @SuppressWarnings("unchecked")
    private <E> void register(Class<E> type, Function<E, Set<String>> topics) {
        topicsByType.put(type, event -> topics.apply((E) event));
    }

    private static Set<String> topics(long projectId, String... more) {
        Set<String> topics = new LinkedHashSet<>();
        topics.add(Topics.project(projectId));
        topics.addAll(java.util.List.of(more));
        return topics;
    }
}
