package org.integrationgateway.portfolio.events;

import org.integrationgateway.shared.AuditedChange;

/** A project was created. */
public record ProjectCreated(ProjectSnapshot project) implements AuditedChange {

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
        return "created";
    }

    @Override
    public Object before() {
        return null;
    }

    @Override
    public Object after() {
        return project;
    }
}
