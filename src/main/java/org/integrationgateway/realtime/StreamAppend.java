package org.integrationgateway.realtime;

import java.util.Objects;
import java.util.Set;

/**
 * What a module appends to the event stream: the event's {@code type} (e.g. {@code change-request.decided}), who may
 * see it, the organisation (for {@link StreamAudience#CUSTOMER}), the person (for {@link StreamAudience#PERSON}),
 * the project it concerns (if any), its topics and its payload (a record, serialised as JSON; never secrets).
 */
public record StreamAppend(String type, StreamAudience audience, Long organisationId, Long personId, Long projectId,
                           Set<String> topics, Object payload) {

    public StreamAppend {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(payload, "payload");
        topics = Set.copyOf(topics);
        if (audience == StreamAudience.CUSTOMER && organisationId == null) {
            throw new IllegalArgumentException("A customer-visible event names its organisation");
        }
        if (audience == StreamAudience.PERSON && personId == null) {
            throw new IllegalArgumentException("A personal event names its person");
        }
        for (String topic : topics) {
            if (!Topics.isValid(topic)) {
                throw new IllegalArgumentException("Not a topic: " + topic);
            }
        }
    }

    /** An event staff may see, about a project. */
    public static StreamAppend internal(String type, Long projectId, Set<String> topics, Object payload) {
        return new StreamAppend(type, StreamAudience.INTERNAL, null, null, projectId, topics, payload);
    }

    /** An event only the given person may see; its topics include their inbox topic. */
    public static StreamAppend personal(String type, long personId, Long projectId, Object payload) {
        return new StreamAppend(type, StreamAudience.PERSON, null, personId, projectId, Set.of(Topics.person(personId)),
                payload);
    }
}
