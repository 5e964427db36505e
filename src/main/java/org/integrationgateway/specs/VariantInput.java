package org.integrationgateway.specs;

/** A new variant: its name, the customer organisation and/or order it is for, and the baseline it starts from. */
public record VariantInput(String name, Long customerId, String orderReference, Long baselineId) {
}
