package org.integrationgateway.integration;

import java.util.List;

/**
 * What an administrator registers: the target URL, a description, the event types (exact types, prefixes such as
 * {@code change-request.*}, or {@code *}/empty for all) and whether deliveries are on.
 */
public record WebhookDetails(String url, String description, List<String> eventTypes, boolean enabled) {

    public WebhookDetails {
        eventTypes = eventTypes == null ? List.of() : eventTypes;
    }
}
