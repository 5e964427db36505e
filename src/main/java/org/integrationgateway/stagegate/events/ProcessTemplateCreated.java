package org.integrationgateway.stagegate.events;

import org.integrationgateway.shared.AuditedChange;

/** A new template was created (revision 1). */
public record ProcessTemplateCreated(TemplateSnapshot template) implements AuditedChange {

    @Override
    public String entityType() {
        return "process-template";
    }

    @Override
    public String entityId() {
        return template.code();
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
        return template;
    }
}
