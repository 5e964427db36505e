package org.integrationgateway.realtime;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The JSON carried in the {@code data} of a live stream event (and, as the {@code data} of the envelope, in
 * webhooks): {@code {"id", "position", "type", "topics", "occurredAt", "data"}} where {@code data} is the event's
 * payload.
 */
public final class StreamMessages {

    private StreamMessages() {
    }

    public static String data(StreamEntry entry) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("id", entry.id().toString());
        message.put("position", entry.position());
        message.put("type", entry.type());
        message.put("topics", entry.topics());
        message.put("occurredAt", entry.occurredAt().toString());
        message.put("data", payload(entry));
        return EventStream.JSON.writeValueAsString(message);
    }

    /** The event's payload as a JSON tree. */
    public static JsonNode payload(StreamEntry entry) {
        return EventStream.JSON.readTree(entry.payload());
    }
}
