package org.integrationgateway.specs;

/**
 * One spec item as a customer receives it: frozen in {@code baselineId} at {@code itemRevisionId}, with the override
 * of {@code variantId} applied when there is one ({@code overridden}). The content fields are exactly what the
 * customer is shown and what an acceptance hashes.
 */
public record DeliveredItem(long projectId, long baselineId, String baselineLabel, Long variantId, String variantName,
                            long itemRevisionId, String itemKey, int revision, String title, String body,
                            String acceptanceCriterion, boolean overridden) {

    /** e.g. {@code SPEC-22 r3}. */
    public String revisionLabel() {
        return itemKey + " r" + revision;
    }
}
