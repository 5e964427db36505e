package org.integrationgateway.stagegate.spi;

/**
 * Interrupts a project's lifecycle from outside, e.g. while change control handles an emergency change, and ends
 * the interruption again. An interruption is identified by its {@code source} (the calling module, e.g.
 * {@code change-control}) and a {@code reference} within it (e.g. the change request number); both calls are
 * idempotent, so event listeners may repeat them. A project is interrupted while at least one interruption is open;
 * only an active (or already interrupted) project can be interrupted.
 */
public interface ProjectInterruptions {

    /**
     * Opens an interruption; does nothing if the same source and reference is already open.
     *
     * @throws org.integrationgateway.shared.NotFoundException if the project has no lifecycle
     * @throws org.integrationgateway.shared.RuleViolationException if the project is on hold, killed or completed
     */
    void interrupt(long projectId, String source, String reference, String reason);

    /** Ends an open interruption; does nothing if no such interruption is open. */
    void resume(long projectId, String source, String reference);
}
