package org.integrationgateway.integration;

/**
 * An endpoint with its new signing secret, returned once on creation and on rotation; the secret is not stored
 * anywhere it could be read back through the product. {@link #toString()} masks it.
 */
public record IssuedWebhookSecret(WebhookEndpointView endpoint, String secret) {

    @Override
    public String toString() {
        return "IssuedWebhookSecret[endpoint=" + endpoint.id() + ", secret=" + endpoint.secretHint() + "]";
    }
}
