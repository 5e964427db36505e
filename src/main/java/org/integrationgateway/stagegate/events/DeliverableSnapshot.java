package org.integrationgateway.stagegate.events;

/** A deliverable of a project's stage with its status and link. */
public record DeliverableSnapshot(long projectId, int stageIndex, int deliverableIndex, String name, String status,
                                  String link) {
}
