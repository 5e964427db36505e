package org.integrationgateway.portfolio.events;

import org.integrationgateway.shared.AuditedChange;

/** A program's code, name or description was changed. */
public record ProgramChanged(ProgramSnapshot previous, ProgramSnapshot program) implements AuditedChange {

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
        return "changed";
    }

    @Override
    public Object before() {
        return previous;
    }

    @Override
    public Object after() {
        return program;
    }
}
