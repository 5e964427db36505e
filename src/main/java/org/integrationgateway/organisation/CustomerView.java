package org.integrationgateway.organisation;

/** A customer organisation with the number of its contacts. */
public record CustomerView(long id, String name, String industry, String website, long contactCount, long version) {
}
