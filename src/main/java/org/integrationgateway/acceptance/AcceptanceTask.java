package org.integrationgateway.acceptance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.integrationgateway.acceptance.events.AcceptanceStepRecorded;
import org.integrationgateway.acceptance.events.AcceptanceTaskAssigned;
import org.integrationgateway.acceptance.events.AcceptanceTaskCancelled;
import org.integrationgateway.acceptance.events.AcceptanceTaskSnapshot;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.Inputs;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.RuleViolationException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A user acceptance task: a deliverable (a spec item of a project, bought in an order or not) for a customer, assigned
 * to one of their contacts, with 1–30 steps. While OPEN the assignee records each step's result (and may record it
 * again); the task closes once, when the customer accepts (every step recorded and passed) or rejects it (every step
 * recorded, at least one defect listed) — both make an {@link AcceptanceRecord} — or when the project team cancels
 * it. A closed task changes no more: a deliverable rejected is offered again as a new task.
 */
@Table("acceptance_task")
public class AcceptanceTask extends AbstractAggregateRoot<AcceptanceTask> {

    public static final int MAX_TITLE = 200;
    public static final int MAX_KEY = 40;
    public static final int MAX_STEPS = 30;
    public static final int MAX_STEP_TEXT = 1_000;
    public static final int MAX_NOTE = 2_000;
    public static final int MAX_REASON = 1_000;

    @Id
    private Long id;
    private final long project;
    private final long customer;
    private final Long salesOrder;
    private final Long variant;
    private final String deliverableKey;
    private final String title;
    private final long assignee;
    private final String assigneeName;
    private final LocalDate dueOn;
    private TaskState state;
    private final Long createdByPerson;
    private final String createdBy;
    private final Instant createdAt;
    private Instant closedAt;
    private String closedReason;
    @MappedCollection(idColumn = "acceptance_task", keyColumn = "position")
    private List<AcceptanceStep> steps;
    @Version
    private Long version;

    @PersistenceCreator
    AcceptanceTask(Long id, long project, long customer, Long salesOrder, Long variant, String deliverableKey,
                   String title, long assignee, String assigneeName, LocalDate dueOn, TaskState state,
                   Long createdByPerson, String createdBy, Instant createdAt, Instant closedAt, String closedReason,
                   List<AcceptanceStep> steps, Long version) {
        this.id = id;
        this.project = project;
        this.customer = customer;
        this.salesOrder = salesOrder;
        this.variant = variant;
        this.deliverableKey = deliverableKey;
        this.title = title;
        this.assignee = assignee;
        this.assigneeName = assigneeName;
        this.dueOn = dueOn;
        this.state = state;
        this.createdByPerson = createdByPerson;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.closedAt = closedAt;
        this.closedReason = closedReason;
        this.steps = new ArrayList<>(steps);
        this.version = version;
    }

    /**
     * A new OPEN task. The caller has resolved the deliverable (key as the baseline spells it), the order's customer
     * and variant and the assignee; here the title, due date and steps are checked.
     *
     * @throws InvalidRequestException for a blank or long title, no steps, more than {@link #MAX_STEPS}, a blank or
     *                                 long instruction or expected result, or a due date before {@code today}
     */
    static AcceptanceTask assign(long project, long customer, Long salesOrder, Long variant, String deliverableKey,
                                 String title, long assignee, String assigneeName, LocalDate dueOn,
                                 List<StepInput> steps, Long createdByPerson, String createdBy, LocalDate today,
                                 Instant now) {
        String checkedTitle = Inputs.text("title", title, MAX_TITLE, true);
        if (dueOn != null && dueOn.isBefore(today)) {
            throw new InvalidRequestException("dueOn", "The due date cannot be in the past.");
        }
        if (steps == null || steps.isEmpty()) {
            throw new InvalidRequestException("steps", "An acceptance task needs at least one step.");
        }
        if (steps.size() > MAX_STEPS) {
            throw new InvalidRequestException("steps", "An acceptance task has at most " + MAX_STEPS + " steps.");
        }
        List<AcceptanceStep> checked = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            StepInput step = steps.get(i);
            if (step == null) {
                throw new InvalidRequestException("steps[" + i + "]", "Step " + (i + 1) + " is empty.");
            }
            checked.add(new AcceptanceStep(
                    Inputs.text("steps[" + i + "].instruction", step.instruction(), MAX_STEP_TEXT, true),
                    Inputs.text("steps[" + i + "].expectedResult", step.expectedResult(), MAX_STEP_TEXT, true),
                    null, null, null, null));
        }
        return new AcceptanceTask(null, project, customer, salesOrder, variant,
                deliverableKey.toUpperCase(Locale.ROOT), checkedTitle, assignee, assigneeName, dueOn, TaskState.OPEN,
                createdByPerson, createdBy, now, null, null, checked, null);
    }

    /** Registers {@link AcceptanceTaskAssigned} once the task has its id. */
    void assigned() {
        registerEvent(new AcceptanceTaskAssigned(snapshot(), createdBy));
    }

    /**
     * Records the result of step {@code position} (from 1); a FAIL needs a note saying what was seen instead.
     *
     * @throws ConflictException {@code task-closed} once the task is closed
     * @throws InvalidRequestException for an unknown step, a missing result, a long note or a FAIL without a note
     */
    void record(int position, StepResult result, String note, String recordedBy, Instant now) {
        requireOpen();
        if (position < 1 || position > steps.size()) {
            throw new InvalidRequestException("step", "This task has steps 1 to " + steps.size() + ".");
        }
        if (result == null) {
            throw new InvalidRequestException("result", "Choose pass or fail.");
        }
        String checkedNote = Inputs.text("note", note, MAX_NOTE, result == StepResult.FAIL);
        AcceptanceTaskSnapshot before = snapshot();
        AcceptanceStep step = steps.get(position - 1);
        steps.set(position - 1, new AcceptanceStep(step.instruction(), step.expectedResult(), result, checkedNote,
                recordedBy, now));
        registerEvent(new AcceptanceStepRecorded(before, snapshot(), position, result.name(), recordedBy));
    }

    /**
     * Closes the task with the customer's decision (the record is made by {@link AcceptanceRecord}).
     *
     * @throws ConflictException {@code task-closed} once closed
     * @throws RuleViolationException {@code steps-not-run} while a step has no result; {@code step-failed} when
     *                                accepting with a failed step
     */
    void decide(AcceptanceOutcome outcome, Instant now) {
        requireOpen();
        long unrecorded = steps.stream().filter(s -> !s.recorded()).count();
        if (unrecorded > 0) {
            throw new RuleViolationException("steps-not-run", "steps", unrecorded == 1
                    ? "One step has no result yet: run every step before deciding."
                    : unrecorded + " steps have no result yet: run every step before deciding.");
        }
        if (outcome == AcceptanceOutcome.ACCEPTED && failed() > 0) {
            throw new RuleViolationException("step-failed", "steps",
                    "A step failed: reject the deliverable and list the defects, or record the step again.");
        }
        state = outcome == AcceptanceOutcome.ACCEPTED ? TaskState.ACCEPTED : TaskState.REJECTED;
        closedAt = now;
    }

    /**
     * The project team withdraws an open task, saying why.
     *
     * @throws ConflictException {@code task-closed} once closed
     * @throws InvalidRequestException for a blank or long reason
     */
    void cancel(String reason, String cancelledBy, Instant now) {
        requireOpen();
        String checked = Inputs.text("reason", reason, MAX_REASON, true);
        AcceptanceTaskSnapshot before = snapshot();
        state = TaskState.CANCELLED;
        closedAt = now;
        closedReason = checked;
        registerEvent(new AcceptanceTaskCancelled(before, snapshot(), checked, cancelledBy));
    }

    private void requireOpen() {
        if (state != TaskState.OPEN) {
            throw new ConflictException("task-closed", "This acceptance task is " + state.name().toLowerCase(Locale.ROOT)
                    + " and changes no more.");
        }
    }

    public AcceptanceTaskSnapshot snapshot() {
        return new AcceptanceTaskSnapshot(id == null ? 0 : id, project, customer, salesOrder, deliverableKey, title,
                assignee, assigneeName, state.name(), dueOn, steps.size(), (int) steps.stream().filter(AcceptanceStep::recorded).count(),
                passed(), failed());
    }

    public int passed() {
        return (int) steps.stream().filter(s -> s.result() == StepResult.PASS).count();
    }

    public int failed() {
        return (int) steps.stream().filter(s -> s.result() == StepResult.FAIL).count();
    }

    public boolean allRecorded() {
        return steps.stream().allMatch(AcceptanceStep::recorded);
    }

    public boolean isOpen() {
        return state == TaskState.OPEN;
    }

    /** e.g. {@code AT-12}. */
    public String key() {
        return "AT-" + id;
    }

    List<Object> pendingEvents() {
        return List.copyOf(domainEvents());
    }

    public Long getId() { return id; }

    public long getProject() { return project; }

    public long getCustomer() { return customer; }

    public Long getSalesOrder() { return salesOrder; }

    public Long getVariant() { return variant; }

    public String getDeliverableKey() { return deliverableKey; }

    public String getTitle() { return title; }

    public long getAssignee() { return assignee; }

    public String getAssigneeName() { return assigneeName; }

    public LocalDate getDueOn() { return dueOn; }

    public TaskState getState() { return state; }

    public Long getCreatedByPerson() { return createdByPerson; }

    public String getCreatedBy() { return createdBy; }

    public Instant getCreatedAt() { return createdAt; }

    public Instant getClosedAt() { return closedAt; }

    public String getClosedReason() { return closedReason; }

    public List<AcceptanceStep> getSteps() { return List.copyOf(steps); }

    public Long getVersion() { return version; }
}
