package org.integrationgateway.acceptance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.integrationgateway.acceptance.AcceptancePermissions.CustomerActor;
import org.integrationgateway.acceptance.events.DefectChangeRaised;
import org.integrationgateway.changecontrol.ChangeActor;
import org.integrationgateway.changecontrol.ChangeClass;
import org.integrationgateway.changecontrol.ChangeControl;
import org.integrationgateway.changecontrol.ChangeRequest;
import org.integrationgateway.changecontrol.ChangeRequestDraft;
import org.integrationgateway.changecontrol.Origin;
import org.integrationgateway.changecontrol.Priority;
import org.integrationgateway.changecontrol.SourceKind;
import org.integrationgateway.changecontrol.SourceReference;
import org.integrationgateway.changecontrol.SpecItemRef;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.organisation.ContactView;
import org.integrationgateway.organisation.CustomerManagement;
import org.integrationgateway.portfolio.Portfolio;
import org.integrationgateway.sales.CustomerSales;
import org.integrationgateway.sales.OrderFacts;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.shared.NotPermittedException;
import org.integrationgateway.shared.RuleViolationException;
import org.integrationgateway.specs.DeliveredItem;
import org.integrationgateway.specs.DeliveredItems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User acceptance: the project team assigns tasks for deliverables to customer contacts; the assignee records each
 * step's result and accepts or rejects the deliverable, which writes the {@link AcceptanceRecord}; a rejection's
 * defects raise change requests (origin CUSTOMER) one at a time. Who may do what is {@link AcceptancePermissions}'s;
 * a customer contact asking for anything of another organisation gets {@link NotFoundException}, the same answer as
 * for an id that does not exist. Writes take the task's {@code version} they were based on (null skips the check; a
 * stale one answers 409).
 */
@Service
@Transactional(readOnly = true)
public class Acceptances {

    private final AcceptanceTasks tasks;
    private final AcceptanceRecords records;
    private final AcceptancePermissions permissions;
    private final CustomerSales sales;
    private final CustomerManagement customers;
    private final DeliveredItems delivered;
    private final Portfolio portfolio;
    private final ChangeControl changeControl;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Acceptances(AcceptanceTasks tasks, AcceptanceRecords records, AcceptancePermissions permissions,
                CustomerSales sales, CustomerManagement customers, DeliveredItems delivered, Portfolio portfolio,
                ChangeControl changeControl, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.tasks = tasks;
        this.records = records;
        this.permissions = permissions;
        this.sales = sales;
        this.customers = customers;
        this.delivered = delivered;
        this.portfolio = portfolio;
        this.changeControl = changeControl;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Assigns a new task for a deliverable of the project: with {@code orderId}, an item as delivered in that
     * order's variant (the order must be the project's; its customer is the task's); without, an item of the
     * project's latest baseline for {@code customerId}. The assignee must be a contact of that customer with portal
     * access.
     *
     * @throws NotFoundException if there is no such project
     * @throws NotPermittedException unless the user may manage the project's acceptance
     * @throws InvalidRequestException for a missing customer, deliverable or assignee, or bad title, due date, steps
     * @throws RuleViolationException {@code unknown-order}, {@code unknown-customer}, {@code unknown-deliverable}
     *                                (not an item of the variant or baseline), {@code unknown-contact} or
     *                                {@code no-portal-access} (422)
     */
    @Transactional
    public AcceptanceTask assign(long projectId, TaskDraft draft) {
        portfolio.project(projectId);
        requireManage(projectId);
        if (draft == null) {
            throw new InvalidRequestException("deliverableKey", "Say which deliverable the task is for.");
        }
        long customerId;
        Long variantId = null;
        if (draft.orderId() != null) {
            OrderFacts order = sales.orderFacts(draft.orderId()).filter(o -> o.projectId() == projectId)
                    .orElseThrow(() -> new RuleViolationException("unknown-order", "orderId",
                            "This project has no order with id " + draft.orderId() + "."));
            customerId = order.customerId();
            variantId = order.variantId();
        } else {
            if (draft.customerId() == null) {
                throw new InvalidRequestException("customerId", "Choose the order, or the customer the deliverable is for.");
            }
            customerId = draft.customerId();
            try {
                customers.get(customerId);
            } catch (NotFoundException unknown) {
                throw new RuleViolationException("unknown-customer", "customerId",
                        "There is no customer organisation with id " + customerId + ".");
            }
        }
        if (draft.deliverableKey() == null || draft.deliverableKey().isBlank()) {
            throw new InvalidRequestException("deliverableKey", "Say which spec item is delivered, e.g. SPEC-22.");
        }
        DeliveredItem item = delivered.item(projectId, variantId, draft.deliverableKey())
                .orElseThrow(() -> new RuleViolationException("unknown-deliverable", "deliverableKey",
                        "No item " + draft.deliverableKey().strip() + " is delivered "
                                + (draft.orderId() == null ? "in the project's latest baseline." : "in this order.")));
        if (draft.assigneeContact() == null) {
            throw new InvalidRequestException("assigneeContact", "Choose the customer contact who runs the steps.");
        }
        ContactView contact;
        try {
            contact = customers.contact(customerId, draft.assigneeContact());
        } catch (NotFoundException unknown) {
            throw new RuleViolationException("unknown-contact", "assigneeContact",
                    "The customer has no contact with id " + draft.assigneeContact() + ".");
        }
        if (!contact.hasPortalAccess()) {
            throw new RuleViolationException("no-portal-access", "assigneeContact",
                    contact.fullName() + " has no portal access yet: give it on the customer's page first.");
        }
        ChangeActor actor = permissions.staffActor(projectId);
        AcceptanceTask task = tasks.save(AcceptanceTask.assign(projectId, customerId, draft.orderId(), variantId,
                item.itemKey(), draft.title(), contact.id(), contact.fullName(), draft.dueOn(), draft.steps(),
                actor.personId(), actor.name(), today(), now()));
        task.assigned();
        return tasks.save(task);
    }

    /**
     * The task, if the user may see it.
     *
     * @throws NotFoundException if there is none, or it is another customer's (for a customer contact)
     * @throws NotPermittedException for staff without a role in the project
     */
    public AcceptanceTask task(long id) {
        AcceptanceTask task = tasks.findById(id).orElseThrow(() -> new NotFoundException("Acceptance task", id));
        Optional<CustomerActor> customer = permissions.customer();
        if (customer.isPresent()) {
            if (customer.get().customerId() != task.getCustomer()) {
                throw new NotFoundException("Acceptance task", id);
            }
        } else if (!permissions.canView(task.getProject())) {
            throw new NotPermittedException("not-on-project", "Only the project's team sees its acceptance tasks.");
        }
        return task;
    }

    /** The project's tasks, newest first. */
    public List<AcceptanceTask> tasksOfProject(long projectId) {
        portfolio.project(projectId);
        requireView(projectId);
        return tasks.findByProjectOrderByIdDesc(projectId);
    }

    /** The project's acceptance records, newest first. */
    public List<AcceptanceRecord> recordsOfProject(long projectId) {
        portfolio.project(projectId);
        requireView(projectId);
        return records.findByProjectOrderByDecidedAtDesc(projectId);
    }

    /** The signed-in customer contact's organisation's tasks, newest first ({@code orderId} narrows to one order). */
    public List<AcceptanceTask> customerTasks(Long orderId) {
        CustomerActor customer = requireCustomer();
        if (orderId != null) {
            sales.orderFacts(customer.customerId(), orderId)
                    .orElseThrow(() -> new NotFoundException("Order", orderId));
            return tasks.findBySalesOrderOrderByIdDesc(orderId);
        }
        return tasks.findByCustomerOrderByIdDesc(customer.customerId());
    }

    /** The signed-in customer contact's organisation's acceptance records, newest first. */
    public List<AcceptanceRecord> customerRecords() {
        return records.findByCustomerOrderByDecidedAtDesc(requireCustomer().customerId());
    }

    /** The deliverable of a task as it is delivered now (what the customer is asked to accept). */
    public Optional<DeliveredItem> deliverable(long taskId) {
        AcceptanceTask task = task(taskId);
        return delivered.item(task.getProject(), task.getVariant(), task.getDeliverableKey());
    }

    /**
     * The assignee records the result of step {@code step} (from 1).
     *
     * @throws NotPermittedException {@code not-assignee} for another contact of the customer; staff do not record
     * @throws ConflictException for a stale version or a closed task
     */
    @Transactional
    public AcceptanceTask recordStep(long taskId, Long expectedVersion, int step, StepResult result, String note) {
        AcceptanceTask task = assigneeTask(taskId, expectedVersion);
        task.record(step, result, note, permissions.customer().orElseThrow().name(), now());
        return tasks.save(task);
    }

    /**
     * The assignee accepts the deliverable: every step recorded and passed. Writes the acceptance record with the
     * item as delivered now, its hash, and publishes {@code DeliverableAccepted}.
     *
     * @throws RuleViolationException {@code steps-not-run}, {@code step-failed}, or {@code not-delivered} when the
     *                                item is no longer in the order's variant or project's baseline
     */
    @Transactional
    public AcceptanceRecord accept(long taskId, Long expectedVersion, String comment) {
        return decide(taskId, expectedVersion, AcceptanceOutcome.ACCEPTED, comment, List.of());
    }

    /**
     * The assignee rejects the deliverable, listing 1–30 defects; every step must have been run. Publishes
     * {@code DeliverableRejected}.
     */
    @Transactional
    public AcceptanceRecord reject(long taskId, Long expectedVersion, String comment, List<DefectInput> defects) {
        return decide(taskId, expectedVersion, AcceptanceOutcome.REJECTED, comment, defects);
    }

    private AcceptanceRecord decide(long taskId, Long expectedVersion, AcceptanceOutcome outcome, String comment,
                                    List<DefectInput> defects) {
        AcceptanceTask task = assigneeTask(taskId, expectedVersion);
        CustomerActor customer = permissions.customer().orElseThrow();
        Instant now = now();
        DeliveredItem item = delivered.item(task.getProject(), task.getVariant(), task.getDeliverableKey())
                .orElseThrow(() -> new RuleViolationException("not-delivered", "deliverableKey",
                        task.getDeliverableKey() + " is no longer delivered; ask the project team."));
        task.decide(outcome, now);
        boolean firstTime = !decidedBefore(task);
        AcceptanceRecord record = AcceptanceRecord.decide(task, outcome, item, customer.contactId(),
                customer.accountId(), customer.name(), now, comment, defects, firstTime);
        tasks.save(task);
        AcceptanceRecord saved = records.save(record);
        // Saved once, never again (a second save would be an update): its event is published here instead.
        saved.recorded(task.getSalesOrder() == null ? null
                : sales.orderFacts(task.getSalesOrder()).map(OrderFacts::number).orElse(null));
        saved.pendingEvents().forEach(events::publishEvent);
        return saved;
    }

    /** Whether the same deliverable (project, order, key) has a decision already. */
    private boolean decidedBefore(AcceptanceTask task) {
        return jdbc.sql("select count(*) from acceptance_record where project = :project and deliverable_key = :key"
                        + " and (sales_order = :order or (sales_order is null and cast(:order as bigint) is null))")
                .param("project", task.getProject()).param("key", task.getDeliverableKey())
                .param("order", task.getSalesOrder(), java.sql.Types.BIGINT).query(Long.class).single() > 0;
    }

    /** The record, if the user may see its task. */
    public AcceptanceRecord record(long id) {
        AcceptanceRecord record = records.findById(id).orElseThrow(() -> new NotFoundException("Acceptance", id));
        task(record.getAcceptanceTask());
        return record;
    }

    /** The record of a task's decision, if it has one. */
    public Optional<AcceptanceRecord> recordOfTask(long taskId) {
        task(taskId);
        return records.findByAcceptanceTask(taskId);
    }

    /**
     * Re-verifies a record from the data: its hash against its stored document, the document against its fields and
     * the task's steps, and whether the deliverable is still delivered with the content accepted.
     */
    public HashVerification verify(long recordId) {
        AcceptanceRecord record = record(recordId);
        AcceptanceTask task = tasks.findById(record.getAcceptanceTask()).orElseThrow();
        HashVerification verification = record.verify(task.getSteps());
        boolean unchanged = delivered.item(task.getProject(), task.getVariant(), task.getDeliverableKey())
                .filter(now -> now.itemRevisionId() == record.getItemRevision()
                        && Objects.equals(now.title(), record.getItemTitle())
                        && Objects.equals(now.body(), record.getItemBody())
                        && Objects.equals(now.acceptanceCriterion(), record.getItemCriterion()))
                .isPresent();
        return verification.withDeliverableUnchanged(unchanged);
    }

    /** The change requests a rejection's defects raised so far, by defect. */
    public List<DefectChange> defectChanges(long recordId) {
        record(recordId);
        return jdbc.sql("select acceptance_record, position, change_request, raised_by, raised_at"
                        + " from acceptance_defect_change where acceptance_record = :record order by position")
                .param("record", recordId)
                .query((rs, n) -> new DefectChange(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant())).list();
    }

    /**
     * Raises a change request for defect {@code defect} (from 1) of a rejection, with one click: origin CUSTOMER,
     * source the customer's request {@code acceptance:<id>:<defect>}, on the deliverable's item, class NORMAL,
     * submitted at once. A contact of the customer or the project's manager may do it; once per defect.
     *
     * @throws RuleViolationException {@code not-a-rejection} for an acceptance
     * @throws InvalidRequestException for an unknown defect number
     * @throws ConflictException {@code defect-change-raised} when the defect has raised its change request already
     */
    @Transactional
    public DefectChange raiseDefectChange(long recordId, int defect) {
        AcceptanceRecord record = record(recordId);
        Optional<CustomerActor> customer = permissions.customer();
        if (customer.isEmpty()) {
            requireManage(record.getProject());
        }
        if (record.getOutcome() != AcceptanceOutcome.REJECTED) {
            throw new RuleViolationException("not-a-rejection", "defect", "An acceptance has no defects to raise.");
        }
        if (defect < 1 || defect > record.getDefects().size()) {
            throw new InvalidRequestException("defect", "This rejection lists defects 1 to " + record.getDefects().size() + ".");
        }
        boolean raised = jdbc.sql("select count(*) from acceptance_defect_change where acceptance_record = :record"
                        + " and position = :position").param("record", recordId).param("position", defect)
                .query(Long.class).single() > 0;
        if (raised) {
            throw new ConflictException("defect-change-raised", "defect",
                    "Defect " + defect + " has raised its change request already.");
        }
        Defect found = record.getDefects().get(defect - 1);
        String customerName = customers.get(record.getCustomer()).name();
        String requester = customer.map(CustomerActor::requesterName)
                .orElseGet(() -> record.getDecidedByName() + ", " + customerName);
        String title = "Defect in " + record.getDeliverableKey() + ": " + found.title().replaceAll("\\s+", " ");
        if (title.length() > ChangeRequest.MAX_TITLE) {
            title = title.substring(0, ChangeRequest.MAX_TITLE - 1) + "…";
        }
        StringBuilder description = new StringBuilder();
        description.append(record.getDecidedByName()).append(" of ").append(customerName).append(" rejected ")
                .append(record.getRevisionLabel()).append(" (").append(record.getVariantName() == null
                        ? record.getBaselineLabel() : record.getVariantName()).append(") in ").append(record.key())
                .append(", defect ").append(defect).append(":\n\n> ").append(found.title());
        if (found.description() != null) {
            description.append("\n>\n> ").append(found.description().replace("\n", "\n> "));
        }
        if (found.step() != null) {
            description.append("\n\nFound in step ").append(found.step()).append('.');
        }
        SourceReference source = new SourceReference(SourceKind.CUSTOMER_REQUEST,
                "acceptance:" + recordId + ":" + defect, record.key() + " defect " + defect);
        ChangeRequestDraft draft = new ChangeRequestDraft(title, description.toString(), Origin.CUSTOMER, source,
                Priority.HIGH, ChangeClass.NORMAL, null, List.of(new SpecItemRef(record.getDeliverableKey(), null)),
                List.of(), null, null);
        ChangeRequest request = changeControl.raiseForCustomer(record.getProject(), draft, requester);
        String raisedBy = customer.map(CustomerActor::name).orElseGet(CurrentUser::actorName);
        Instant now = now();
        jdbc.sql("insert into acceptance_defect_change (acceptance_record, position, change_request, raised_by, raised_at)"
                        + " values (:record, :position, :request, :by, :at)")
                .param("record", recordId).param("position", defect).param("request", request.getId())
                .param("by", raisedBy).param("at", java.sql.Timestamp.from(now)).update();
        events.publishEvent(new DefectChangeRaised(recordId, record.getAcceptanceTask(), record.getProject(),
                record.getCustomer(), record.getDeliverableKey(), defect, found.title(), request.getId(), raisedBy));
        return new DefectChange(recordId, defect, request.getId(), raisedBy, now);
    }

    /**
     * The project team cancels an open task.
     *
     * @throws ConflictException for a stale version or a closed task
     */
    @Transactional
    public AcceptanceTask cancel(long taskId, Long expectedVersion, String reason) {
        AcceptanceTask task = task(taskId);
        requireManage(task.getProject());
        requireVersion(task, expectedVersion);
        task.cancel(reason, permissions.staffActor(task.getProject()).name(), now());
        return tasks.save(task);
    }

    private AcceptanceTask assigneeTask(long taskId, Long expectedVersion) {
        CustomerActor customer = requireCustomer();
        AcceptanceTask task = tasks.findById(taskId)
                .filter(t -> t.getCustomer() == customer.customerId())
                .orElseThrow(() -> new NotFoundException("Acceptance task", taskId));
        if (task.getAssignee() != customer.contactId()) {
            throw new NotPermittedException("not-assignee",
                    "This task is assigned to " + task.getAssigneeName() + "; only they record results and decide.");
        }
        requireVersion(task, expectedVersion);
        return task;
    }

    private static void requireVersion(AcceptanceTask task, Long expectedVersion) {
        if (expectedVersion != null && !Objects.equals(expectedVersion, task.getVersion())) {
            throw ConflictException.staleVersion("The acceptance task");
        }
    }

    private CustomerActor requireCustomer() {
        return permissions.customer().orElseThrow(() -> new NotPermittedException("not-a-customer",
                "Only the customer's contacts run acceptance tasks."));
    }

    private void requireManage(long projectId) {
        if (!permissions.canManage(projectId)) {
            throw new NotPermittedException("not-project-manager",
                    "Only the project's manager, administrators and PMO assign acceptance work.");
        }
    }

    private void requireView(long projectId) {
        if (!permissions.canView(projectId)) {
            throw new NotPermittedException("not-on-project", "Only the project's team sees its acceptance.");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
