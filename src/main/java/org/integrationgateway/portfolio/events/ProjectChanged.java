package org.integrationgateway.portfolio.events;

import org.integrationgateway.shared.AuditedChange;

/** A project's details or status were changed; compare {@code previous.status()} to see a status change. */
public record ProjectChanged(ProjectSnapshot previous, ProjectSnapshot project) implements AuditedChange {

    @Override
    public String entityType() {
        return "project";
    }

    @Override
    public String entityId() {
        return String.valueOf(project.id());
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
        return project;
    }
}
