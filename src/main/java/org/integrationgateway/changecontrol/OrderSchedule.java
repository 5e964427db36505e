package org.integrationgateway.changecontrol;

import java.time.Instant;

/**
 * Where an approved change request was scheduled into its project for an order: the stage whose gate carries it out
 * ({@code stage} and {@code gateName}, both null while the project has no gate ahead, or when the request was already
 * carried out), the order that bought it ({@code orderReference}, the sales module's identifier, and
 * {@code orderLabel}) and when.
 */
public record OrderSchedule(Integer stage, String gateName, String orderReference, String orderLabel, Instant at) {

    /** Whether the request waits for a gate of the project. */
    public boolean atGate() {
        return stage != null;
    }
}
