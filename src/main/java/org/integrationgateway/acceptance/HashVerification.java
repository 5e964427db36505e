package org.integrationgateway.acceptance;

/**
 * The re-verification of an acceptance record: its stored hash, the SHA-256 recomputed from its stored document,
 * whether they match ({@code hashMatches}), whether the document rebuilt from the record's fields is the stored one
 * ({@code documentMatches}), and whether the deliverable as delivered today still has the content accepted
 * ({@code deliverableUnchanged}; null when not checked, false also when the item is no longer delivered).
 */
public record HashVerification(Long acceptanceId, String storedHash, String recomputedHash, boolean hashMatches,
                               boolean documentMatches, Boolean deliverableUnchanged) {

    /** The record is as it was written: both checks hold. */
    public boolean intact() {
        return hashMatches && documentMatches;
    }

    HashVerification withDeliverableUnchanged(boolean unchanged) {
        return new HashVerification(acceptanceId, storedHash, recomputedHash, hashMatches, documentMatches, unchanged);
    }
}
