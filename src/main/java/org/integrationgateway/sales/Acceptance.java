package org.integrationgateway.sales;

/**
 * The customer's acceptance on the spot: the name of the person accepting (required) and, optionally, which contact
 * of the customer organisation they are.
 */
public record Acceptance(String name, Long contactId) {
}
