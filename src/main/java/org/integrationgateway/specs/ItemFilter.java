package org.integrationgateway.specs;

/** Filters of a project's spec: category, status and text in key or title; null means any. */
public record ItemFilter(String category, ItemStatus status, String text) {

    public static ItemFilter none() {
        return new ItemFilter(null, null, null);
    }
}
