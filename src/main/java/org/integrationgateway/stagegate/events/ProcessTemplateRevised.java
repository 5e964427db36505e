package org.integrationgateway.stagegate.events;

import org.integrationgateway.shared.AuditedChange;

/** A template was edited: {@code after} is the new revision; running projects stay on theirs. */
public record ProcessTemplateRevised(TemplateSnapshot before, TemplateSnapshot after) implements AuditedChange {

    @Override
    public String entityType() {
        return "process-template";
    }

    @Override
    public String entityId() {
        return after.code();
    }

    @Override
    public String action() {
        return "revised";
    }
}
