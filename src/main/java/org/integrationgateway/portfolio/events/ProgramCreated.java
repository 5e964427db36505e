package org.integrationgateway.portfolio.events;

import org.integrationgateway.shared.AuditedChange;

/** A program was created. */
public record ProgramCreated(ProgramSnapshot program) implements AuditedChange {

    @Override
    public String entityType() {
        return "program";
    }

    @Override
    public String entityId() {
        return String.valueOf(program.id());
    }

    @Override
    public String action() {
        return "created";
    }

    @Override
    public Object before() {
        return null;
    }

    @Override
    public Object after() {
        return program;
    }
}
