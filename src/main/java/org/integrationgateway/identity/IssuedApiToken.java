package org.integrationgateway.identity;

/** A newly created token with its secret, which is shown this one time and never again. */
public record IssuedApiToken(ApiTokenSummary token, String secret) {
}
