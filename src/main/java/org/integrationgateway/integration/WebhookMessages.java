package org.integrationgateway.integration;

import org.integrationgateway.realtime.StreamEntry;
import org.integrationgateway.realtime.StreamMessages;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body of a delivery: {@code {"type": <stream type>, "timestamp": <when the event occurred>, "data": <the
 * stream message: id, position, type, topics, occurredAt, data>}}. Built once per event and stored, so every
 * attempt and every redelivery sends the same bytes.
 */
final class WebhookMessages {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private WebhookMessages() {
    }

    static WebhookDeliveries.Message of(StreamEntry entry) {
        String body = "{\"type\":" + JSON.writeValueAsString(entry.type())
                + ",\"timestamp\":" + JSON.writeValueAsString(entry.occurredAt().toString())
                + ",\"data\":" + StreamMessages.data(entry) + "}";
        return new WebhookDeliveries.Message(entry.id(), entry.position(), entry.type(), body);
    }
}
