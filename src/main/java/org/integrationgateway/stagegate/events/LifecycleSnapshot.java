package org.integrationgateway.stagegate.events;

/** A project lifecycle as events and the audit log record it: template revision, current stage and state. */
public record LifecycleSnapshot(long projectId, long templateId, String templateCode, int templateRevision,
                                int stageIndex, String stageName, String state) {
}
