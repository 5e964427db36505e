package org.integrationgateway.integration.events;

import java.util.List;

/** An endpoint's state as recorded in events and the audit log; never its secrets. */
public record WebhookEndpointSnapshot(String url, String description, List<String> eventTypes, boolean enabled) {
}
