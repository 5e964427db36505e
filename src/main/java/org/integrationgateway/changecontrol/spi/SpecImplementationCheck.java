package org.integrationgateway.changecontrol.spi;

import java.util.Collection;
import java.util.Optional;

/**
 * Asked before a change request moves to IMPLEMENTED. The module that keeps the design specification answers why
 * the change may not be marked implemented yet, e.g. because it affects items of the project's spec and no new
 * revision of them implements it; empty when nothing stands in the way. Implementations only read.
 */
public interface SpecImplementationCheck {

    Optional<String> refusal(long changeRequestId, long projectId, Collection<String> affectedItemKeys);
}
