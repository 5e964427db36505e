package org.integrationgateway.specs;

/**
 * One customisation an order buys, for its customer's variant: the spec item it changes, the customer's wording
 * and the change request that approved it (e.g. "CR-12").
 */
public record OrderCustomisation(String itemKey, String wording, String changeRequestLabel) {
}
