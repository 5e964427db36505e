package org.integrationgateway.acceptance.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.integrationgateway.acceptance.AcceptanceOutcome;
import org.integrationgateway.acceptance.AcceptanceRecord;
import org.integrationgateway.acceptance.AcceptanceStep;
import org.integrationgateway.acceptance.AcceptanceTask;
import org.integrationgateway.acceptance.Defect;
import org.integrationgateway.acceptance.DefectChange;
import org.integrationgateway.acceptance.DefectInput;
import org.integrationgateway.acceptance.HashVerification;
import org.integrationgateway.acceptance.StepResult;
import org.integrationgateway.acceptance.TaskState;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.specs.DeliveredItem;

/**
 * The JSON bodies of the portal acceptance API. Nothing here names another organisation, a cost or an internal
 * account beyond the contact's own; the task's {@code version} is what writes send back.
 */
final class PortalAcceptanceApi {

    private PortalAcceptanceApi() {
    }

    static long required(Long version) {
        if (version == null) {
            throw new InvalidRequestException("version", "Send the version of the task your change is based on.");
        }
        return version;
    }

    @Schema(description = "The result of one step: PASS or FAIL (a FAIL needs a note saying what was seen), with the "
            + "task's version")
    record StepBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) StepResult result,
                    @Schema(maxLength = 2000) String note,
                    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long version) {
    }

    @Schema(description = "Accepting the deliverable: an optional comment and the task's version")
    record AcceptBody(@Schema(maxLength = 2000) String comment,
                      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long version) {
    }

    @Schema(description = "Rejecting the deliverable: an optional comment, 1–30 defects and the task's version")
    record RejectBody(@Schema(maxLength = 2000) String comment,
                      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<DefectBody> defects,
                      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long version) {

        List<DefectInput> inputs() {
            return defects == null ? null : defects.stream()
                    .map(d -> d == null ? null : new DefectInput(d.title(), d.description(), d.step())).toList();
        }
    }

    @Schema(description = "A defect: title (1–200 characters), description (up to 2,000), the step it showed in (from 1)")
    record DefectBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String title,
                      @Schema(maxLength = 2000) String description, Integer step) {
    }

    @Schema(description = "A change request: its key (CR-12)")
    record ChangeRef(long id, String key) {

        static ChangeRef of(long id) {
            return new ChangeRef(id, "CR-" + id);
        }
    }

    @Schema(description = "An acceptance task as lists show it: progress is steps recorded of stepCount")
    record TaskItem(long id, String key, String title, String deliverableKey, TaskState state, Long orderId,
                    String orderNumber, String assigneeName, boolean assignedToMe, LocalDate dueOn, int stepCount,
                    int recorded, int passed, int failed, Long recordId, Instant closedAt, long version) {

        static TaskItem of(AcceptanceTask t, String orderNumber, long me, Long recordId) {
            int recorded = (int) t.getSteps().stream().filter(AcceptanceStep::recorded).count();
            return new TaskItem(t.getId(), t.key(), t.getTitle(), t.getDeliverableKey(), t.getState(),
                    t.getSalesOrder(), orderNumber, t.getAssigneeName(), t.getAssignee() == me, t.getDueOn(),
                    t.getSteps().size(), recorded, t.passed(), t.failed(), recordId, t.getClosedAt(), t.getVersion());
        }
    }

    @Schema(description = "One step: what to do, the expected result and, once run, the result, note, who and when")
    record StepItem(int number, String instruction, String expectedResult, StepResult result, String note,
                    String recordedBy, Instant recordedAt) {

        static List<StepItem> of(List<AcceptanceStep> steps) {
            List<StepItem> items = new ArrayList<>();
            for (int i = 0; i < steps.size(); i++) {
                AcceptanceStep s = steps.get(i);
                items.add(new StepItem(i + 1, s.instruction(), s.expectedResult(), s.result(), s.note(),
                        s.recordedBy(), s.recordedAt()));
            }
            return items;
        }
    }

    @Schema(description = "The deliverable as delivered now: the spec item in the order's variant (or the project's "
            + "latest baseline), body in Markdown")
    record DeliverableItem(String itemKey, String title, String acceptanceCriterion, String body, String baseline,
                           String variant, String revision) {

        static DeliverableItem of(DeliveredItem d) {
            return d == null ? null : new DeliverableItem(d.itemKey(), d.title(), d.acceptanceCriterion(), d.body(),
                    d.baselineLabel(), d.variantName(), d.revisionLabel());
        }
    }

    @Schema(description = "An acceptance task with its steps, the deliverable as delivered (null when it is no longer "
            + "delivered) and what the signed-in contact may do: RECORD_STEP, ACCEPT, REJECT (only the assignee, while "
            + "OPEN)")
    record TaskResponse(long id, String key, String title, TaskState state, Long orderId, String orderNumber,
                        String assigneeName, boolean assignedToMe, LocalDate dueOn, String closedReason,
                        Instant closedAt, DeliverableItem deliverable, List<StepItem> steps, Long recordId,
                        List<String> actions, long version) {

        static TaskResponse of(AcceptanceTask t, String orderNumber, long me, DeliveredItem deliverable,
                               Long recordId) {
            boolean mine = t.getAssignee() == me;
            List<String> actions = mine && t.isOpen() ? List.of("RECORD_STEP", "ACCEPT", "REJECT") : List.of();
            return new TaskResponse(t.getId(), t.key(), t.getTitle(), t.getState(), t.getSalesOrder(), orderNumber,
                    t.getAssigneeName(), mine, t.getDueOn(), t.getClosedReason(), t.getClosedAt(),
                    DeliverableItem.of(deliverable), StepItem.of(t.getSteps()), recordId, actions, t.getVersion());
        }
    }

    @Schema(description = "A defect of a rejection, numbered from 1, with the change request it raised (null until "
            + "raised)")
    record DefectItem(int number, String title, String description, Integer step, ChangeRef changeRequest,
                      String raisedBy, Instant raisedAt) {
    }

    @Schema(description = "An acceptance record (read only: it cannot be changed). content is the exact document "
            + "that was hashed (format v1, docs/acceptance.md) and contentHash its SHA-256 in lower-case hex: "
            + "`jq -j .content | sha256sum` reproduces it")
    record RecordResponse(long id, String key, long taskId, AcceptanceOutcome outcome, String deliverableKey,
                          Long orderId, String orderNumber, String baseline, String variant, String itemRevision,
                          String itemTitle, String decidedBy, Instant decidedAt, String comment, boolean firstTime,
                          List<StepItem> steps, List<DefectItem> defects, String content, String contentHash) {

        static RecordResponse of(AcceptanceRecord r, AcceptanceTask task, String orderNumber,
                                 Map<Integer, DefectChange> changes) {
            List<DefectItem> defects = new ArrayList<>();
            for (int i = 0; i < r.getDefects().size(); i++) {
                Defect d = r.getDefects().get(i);
                DefectChange change = changes.get(i + 1);
                defects.add(new DefectItem(i + 1, d.title(), d.description(), d.step(),
                        change == null ? null : ChangeRef.of(change.changeRequestId()),
                        change == null ? null : change.raisedBy(), change == null ? null : change.raisedAt()));
            }
            return new RecordResponse(r.getId(), r.key(), r.getAcceptanceTask(), r.getOutcome(), r.getDeliverableKey(),
                    r.getSalesOrder(), orderNumber, r.getBaselineLabel(), r.getVariantName(), r.getRevisionLabel(),
                    r.getItemTitle(), r.getDecidedByName(), r.getDecidedAt(), r.getComment(), r.isFirstTime(),
                    StepItem.of(task.getSteps()), defects, r.getContent(), r.getContentHash());
        }
    }

    @Schema(description = "The re-verification of a record: hashMatches (the SHA-256 recomputed from the stored "
            + "document is the stored hash), documentMatches (the document rebuilt from the record's fields is the "
            + "stored one), intact (both), deliverableUnchanged (the deliverable is still delivered with the content "
            + "decided on)")
    record VerificationResponse(long recordId, String storedHash, String recomputedHash, boolean hashMatches,
                                boolean documentMatches, boolean intact, Boolean deliverableUnchanged) {

        static VerificationResponse of(long id, HashVerification v) {
            return new VerificationResponse(id, v.storedHash(), v.recomputedHash(), v.hashMatches(),
                    v.documentMatches(), v.intact(), v.deliverableUnchanged());
        }
    }

    @Schema(description = "The change request a defect raised")
    record DefectChangeResponse(long recordId, int defect, ChangeRef changeRequest, String raisedBy,
                                Instant raisedAt) {

        static DefectChangeResponse of(DefectChange c) {
            return new DefectChangeResponse(c.acceptanceId(), c.defect(), ChangeRef.of(c.changeRequestId()),
                    c.raisedBy(), c.raisedAt());
        }
    }
}
