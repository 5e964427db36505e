package org.integrationgateway.stagegate.events;

import org.integrationgateway.shared.AuditedChange;

/** A change of a project lifecycle's stage or state, audited under the project's id. */
public interface LifecycleTransition extends AuditedChange {

    @Override
    LifecycleSnapshot before();

    @Override
    LifecycleSnapshot after();

    default long projectId() {
        return after().projectId();
    }

    @Override
    default String entityType() {
        return "project-lifecycle";
    }

    @Override
    default String entityId() {
        return String.valueOf(projectId());
    }
}
