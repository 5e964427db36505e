package org.integrationgateway.specs;

/** What a variant changes in one item (null keeps the baseline's text), and why. */
public record OverrideInput(String title, String body, String acceptanceCriterion, String reason) {
}
