package org.integrationgateway.specs;

/** The new content of one affected item when a change request is implemented. */
public record ItemChange(String itemKey, ItemContent content) {
}
