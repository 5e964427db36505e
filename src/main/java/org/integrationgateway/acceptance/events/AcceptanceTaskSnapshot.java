package org.integrationgateway.acceptance.events;

import java.time.LocalDate;

/**
 * An acceptance task as events carry it: whose deliverable (project, customer, order), which, assigned to which
 * contact, its state and due date, and how many of its steps are recorded, passed and failed.
 */
public record AcceptanceTaskSnapshot(long id, long projectId, long customerId, Long orderId, String deliverableKey,
                                     String title, long assigneeContact, String assigneeName, String state,
                                     LocalDate dueOn, int steps, int recorded, int passed, int failed) {
}
