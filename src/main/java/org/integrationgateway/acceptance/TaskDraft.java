package org.integrationgateway.acceptance;

import java.time.LocalDate;
import java.util.List;

/**
 * A new acceptance task: the deliverable (a spec item key of the project, e.g. SPEC-22), the order it was bought in
 * (null for a deliverable of the project that no order names; then {@code customerId} says whose it is), a title,
 * the customer contact it is assigned to (who must have portal access), an optional due date and 1–30 steps.
 */
public record TaskDraft(Long orderId, Long customerId, String deliverableKey, String title, Long assigneeContact,
                        LocalDate dueOn, List<StepInput> steps) {
}
