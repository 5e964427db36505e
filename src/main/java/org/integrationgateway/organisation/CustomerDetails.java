package org.integrationgateway.organisation;

/** What a person enters to create or change a customer organisation; industry and website are optional. */
public record CustomerDetails(String name, String industry, String website) {
}
