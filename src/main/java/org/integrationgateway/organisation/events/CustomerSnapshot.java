package org.integrationgateway.organisation.events;

/** A customer organisation's state as recorded in events and the audit log. */
public record CustomerSnapshot(String name, String industry, String website) {
}
