package org.integrationgateway.acceptance.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.integrationgateway.acceptance.AcceptanceRecord;
import org.integrationgateway.acceptance.AcceptanceStep;
import org.integrationgateway.acceptance.AcceptanceTask;
import org.integrationgateway.acceptance.DefectChange;
import org.integrationgateway.acceptance.HashVerification;
import org.integrationgateway.acceptance.StepInput;
import org.integrationgateway.acceptance.TaskDraft;

/** The JSON shapes of the staff acceptance API. */
final class AcceptanceApi {

    private AcceptanceApi() {
    }

    @Schema(description = "A new acceptance task. orderId: an order of the project (its customer is the task's); "
            + "without it, customerId names the customer and the deliverable is an item of the project's latest "
            + "baseline. assigneeContact: a contact of that customer with portal access. 1-30 steps.")
    record TaskBody(Long orderId, Long customerId,
                    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "SPEC-34") String deliverableKey,
                    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String title,
                    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long assigneeContact,
                    LocalDate dueOn, List<StepBody> steps) {

        TaskDraft draft() {
            return new TaskDraft(orderId, customerId, deliverableKey, title, assigneeContact, dueOn,
                    steps == null ? null : steps.stream()
                            .map(s -> s == null ? null : new StepInput(s.instruction(), s.expectedResult())).toList());
        }
    }

    record StepBody(@Schema(maxLength = 1000) String instruction, @Schema(maxLength = 1000) String expectedResult) {
    }

    @Schema(description = "Cancel an open task: the reason (1-1,000 characters) and the task's version.")
    record CancelBody(String reason, Long version) {
    }

    record StepJson(int number, String instruction, String expectedResult, String result, String note,
                    String recordedBy, Instant recordedAt) {

        static StepJson of(int number, AcceptanceStep s) {
            return new StepJson(number, s.instruction(), s.expectedResult(),
                    s.result() == null ? null : s.result().name(), s.note(), s.recordedBy(), s.recordedAt());
        }
    }

    @Schema(description = "An acceptance task (AT-<id>): OPEN, ACCEPTED, REJECTED or CANCELLED; acceptanceId is its "
            + "record once decided.")
    record TaskJson(long id, String key, long projectId, long customerId, String customerName, Long orderId,
                    String orderNumber, Long variantId, String deliverableKey, String title, long assigneeContact,
                    String assigneeName, LocalDate dueOn, String state, int stepsRecorded, int stepsPassed,
                    int stepsFailed, List<StepJson> steps, String createdBy, Instant createdAt, Instant closedAt,
                    String closedReason, Long acceptanceId, long version) {

        static TaskJson of(AcceptanceTask t, String customerName, String orderNumber, Long acceptanceId) {
            List<AcceptanceStep> steps = t.getSteps();
            List<StepJson> json = new java.util.ArrayList<>();
            for (int i = 0; i < steps.size(); i++) {
                json.add(StepJson.of(i + 1, steps.get(i)));
            }
            return new TaskJson(t.getId(), t.key(), t.getProject(), t.getCustomer(), customerName, t.getSalesOrder(),
                    orderNumber, t.getVariant(), t.getDeliverableKey(), t.getTitle(), t.getAssignee(),
                    t.getAssigneeName(), t.getDueOn(), t.getState().name(), AcceptanceViews.recorded(t), t.passed(),
                    t.failed(), json, t.getCreatedBy(), t.getCreatedAt(), t.getClosedAt(), t.getClosedReason(),
                    acceptanceId, t.getVersion() == null ? 0 : t.getVersion());
        }
    }

    record DefectJson(int number, String title, String description, Integer step, Long changeRequestId,
                      String raisedBy, Instant raisedAt) {
    }

    @Schema(description = "An acceptance record (A-<id>), written once: the decision, the deliverable as received "
            + "(baseline, variant, item revision and content), who decided when, the comment, a rejection's defects "
            + "with the change requests they raised, the stored document and its SHA-256.")
    record RecordJson(long id, String key, long taskId, String outcome, long projectId, long customerId,
                      String customerName, Long orderId, String orderNumber, String deliverableKey, long baselineId,
                      String baselineLabel, Long variantId, String variantName, long itemRevisionId,
                      String revisionLabel, String itemTitle, String itemBody, String itemAcceptanceCriterion,
                      long decidedByContact, String decidedByName, Instant decidedAt, String comment,
                      boolean firstTime, List<DefectJson> defects, String content, String contentHash) {

        static RecordJson of(AcceptanceRecord r, String customerName, String orderNumber,
                             Map<Integer, DefectChange> raised) {
            List<DefectJson> defects = new java.util.ArrayList<>();
            for (int i = 0; i < r.getDefects().size(); i++) {
                var d = r.getDefects().get(i);
                DefectChange change = raised.get(i + 1);
                defects.add(new DefectJson(i + 1, d.title(), d.description(), d.step(),
                        change == null ? null : change.changeRequestId(), change == null ? null : change.raisedBy(),
                        change == null ? null : change.raisedAt()));
            }
            return new RecordJson(r.getId(), r.key(), r.getAcceptanceTask(), r.getOutcome().name(), r.getProject(),
                    r.getCustomer(), customerName, r.getSalesOrder(), orderNumber, r.getDeliverableKey(),
                    r.getBaseline(), r.getBaselineLabel(), r.getVariant(), r.getVariantName(), r.getItemRevision(),
                    r.getRevisionLabel(), r.getItemTitle(), r.getItemBody(), r.getItemCriterion(),
                    r.getDecidedByContact(), r.getDecidedByName(), r.getDecidedAt(), r.getComment(), r.isFirstTime(),
                    defects, r.getContent(), r.getContentHash());
        }
    }

    @Schema(description = "A record in a list: without the document.")
    record RecordSummary(long id, String key, long taskId, String outcome, String deliverableKey,
                         String revisionLabel, Long orderId, String decidedByName, Instant decidedAt,
                         boolean firstTime, int defects, String contentHash) {

        static RecordSummary of(AcceptanceRecord r) {
            return new RecordSummary(r.getId(), r.key(), r.getAcceptanceTask(), r.getOutcome().name(),
                    r.getDeliverableKey(), r.getRevisionLabel(), r.getSalesOrder(), r.getDecidedByName(),
                    r.getDecidedAt(), r.isFirstTime(), r.getDefects().size(), r.getContentHash());
        }
    }

    @Schema(description = "The re-verification of a record: hashMatches (the stored hash is the SHA-256 of the "
            + "stored document), documentMatches (the document rebuilt from the record's fields and the task's steps "
            + "is the stored one), deliverableUnchanged (the item is delivered today with the content decided on), "
            + "intact (both of the first two).")
    record VerificationJson(long acceptanceId, String storedHash, String recomputedHash, boolean hashMatches,
                            boolean documentMatches, Boolean deliverableUnchanged, boolean intact) {

        static VerificationJson of(HashVerification v) {
            return new VerificationJson(v.acceptanceId(), v.storedHash(), v.recomputedHash(), v.hashMatches(),
                    v.documentMatches(), v.deliverableUnchanged(), v.intact());
        }
    }

    record DefectChangeJson(long acceptanceId, int defect, long changeRequestId, String raisedBy, Instant raisedAt) {

        static DefectChangeJson of(DefectChange c) {
            return new DefectChangeJson(c.acceptanceId(), c.defect(), c.changeRequestId(), c.raisedBy(), c.raisedAt());
        }
    }
}
