package org.integrationgateway.specs.events;

import java.time.Instant;
import org.integrationgateway.shared.AuditedChange;

/** Someone reviewed a suspect trace link ({@code from} → {@code to} by {@code relation}): it is no longer suspect. */
public record TraceLinkReviewed(long linkId, Long projectId, String from, String to, String relation,
                                String suspectReason, String reviewedBy, Instant at) implements AuditedChange {

    @Override
    public String entityType() {
        return "trace-link";
    }

    @Override
    public String entityId() {
        return String.valueOf(linkId);
    }

    @Override
    public String action() {
        return "reviewed";
    }

    @Override
    public Object before() {
        return suspectReason;
    }

    @Override
    public Object after() {
        return this;
    }
}
