package org.integrationgateway.acceptance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.integrationgateway.acceptance.AcceptancePermissions;
import org.integrationgateway.acceptance.AcceptancePermissions.CustomerActor;
import org.integrationgateway.acceptance.AcceptanceRecord;
import org.integrationgateway.acceptance.AcceptanceTask;
import org.integrationgateway.acceptance.Acceptances;
import org.integrationgateway.acceptance.DefectChange;
import org.integrationgateway.acceptance.web.PortalAcceptanceApi.AcceptBody;
import org.integrationgateway.acceptance.web.PortalAcceptanceApi.DefectChangeResponse;
import org.integrationgateway.acceptance.web.PortalAcceptanceApi.RecordResponse;
import org.integrationgateway.acceptance.web.PortalAcceptanceApi.RejectBody;
import org.integrationgateway.acceptance.web.PortalAcceptanceApi.StepBody;
import org.integrationgateway.acceptance.web.PortalAcceptanceApi.TaskItem;
import org.integrationgateway.acceptance.web.PortalAcceptanceApi.TaskResponse;
import org.integrationgateway.acceptance.web.PortalAcceptanceApi.VerificationResponse;
import org.integrationgateway.sales.CustomerSales;
import org.integrationgateway.sales.OrderFacts;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Customer portal: acceptance", description = "A customer contact's acceptance of deliverables: the "
        + "organisation's tasks, recording each step's result, accepting or rejecting (which writes an acceptance "
        + "record: who, when, which deliverable at which baseline, variant and item revision, the SHA-256 of the "
        + "exact content decided on), re-verifying a record's hash, and raising a change request from a rejection's "
        + "defect. Every contact of the organisation reads its tasks and records; only the task's assignee records "
        + "and decides (403 not-assignee). Anything of another organisation, or that does not exist, answers 404 "
        + "alike, before the body is looked at. Writes on a task take its version (400 version when missing, 409 stale-version when it changed "
        + "since). Records are read only: there is no way to change or delete one.")
@PreAuthorize("hasRole('CUSTOMER_CONTACT')")
class PortalAcceptanceApiController {

    private final Acceptances acceptances;
    private final AcceptancePermissions permissions;
    private final CustomerSales sales;

    PortalAcceptanceApiController(Acceptances acceptances, AcceptancePermissions permissions, CustomerSales sales) {
        this.acceptances = acceptances;
        this.permissions = permissions;
        this.sales = sales;
    }

    @GetMapping("/api/portal/acceptance/tasks")
    @Operation(summary = "The organisation's acceptance tasks, newest first",
            description = "orderId narrows to one of the organisation's orders (404 for any other).")
    List<TaskItem> tasks(@RequestParam(required = false) Long orderId) {
        CustomerActor me = me();
        List<AcceptanceTask> tasks = acceptances.customerTasks(orderId);
        Map<Long, Long> records = acceptances.customerRecords().stream()
                .collect(Collectors.toMap(AcceptanceRecord::getAcceptanceTask, AcceptanceRecord::getId, (a, b) -> a));
        return tasks.stream().map(t -> TaskItem.of(t, orderNumber(me, t.getSalesOrder()), me.contactId(),
                records.get(t.getId()))).toList();
    }

    @GetMapping("/api/portal/acceptance/tasks/{id}")
    @Operation(summary = "An acceptance task with its steps, the deliverable as delivered and the contact's actions",
            description = "404 when it is not the organisation's.")
    TaskResponse task(@PathVariable long id) {
        return represent(acceptances.task(id));
    }

    @PostMapping("/api/portal/acceptance/tasks/{id}/steps/{n}")
    @Operation(summary = "Record the result of step n (from 1); a step may be recorded again while the task is open",
            description = "400 names the field: result (PASS or FAIL), note (required for FAIL, up to 2,000), step "
                    + "(unknown number), version (missing); 403 not-assignee; 409 stale-version, task-closed; 404 "
                    + "when it is not the organisation's.")
    TaskResponse recordStep(@PathVariable long id, @PathVariable int n, @RequestBody(required = false) StepBody body) {
        acceptances.task(id);
        if (body == null) {
            throw new InvalidRequestException("result", "Send the result (PASS or FAIL), a note and the version.");
        }
        return represent(acceptances.recordStep(id, PortalAcceptanceApi.required(body.version()), n, body.result(),
                body.note()));
    }

    @PostMapping("/api/portal/acceptance/tasks/{id}/accept")
    @Operation(summary = "Accept the deliverable: writes the acceptance record with its hash",
            description = "201 with Location of the record. 400 comment (over 2,000), version; 422 steps-not-run, "
                    + "step-failed, not-delivered; 403 not-assignee; 409 stale-version, task-closed; 404 when it is "
                    + "not the organisation's. Publishes DeliverableAccepted.")
    ResponseEntity<RecordResponse> accept(@PathVariable long id, @RequestBody(required = false) AcceptBody body) {
        acceptances.task(id);
        if (body == null) {
            throw new InvalidRequestException("version", "Send the version of the task your decision is based on.");
        }
        AcceptanceRecord record = acceptances.accept(id, PortalAcceptanceApi.required(body.version()), body.comment());
        return created(record);
    }

    @PostMapping("/api/portal/acceptance/tasks/{id}/reject")
    @Operation(summary = "Reject the deliverable, listing its defects: writes the rejection record with its hash",
            description = "201 with Location of the record. 400 names the field: defects (none, over 30), "
                    + "defects[i].title (missing, over 200), defects[i].description (over 2,000), defects[i].step "
                    + "(unknown), comment, version; 422 steps-not-run, not-delivered; 403 not-assignee; 409 "
                    + "stale-version, task-closed; 404 when it is not the organisation's. Publishes DeliverableRejected.")
    ResponseEntity<RecordResponse> reject(@PathVariable long id, @RequestBody(required = false) RejectBody body) {
        acceptances.task(id);
        if (body == null) {
            throw new InvalidRequestException("defects", "List at least one defect to reject the deliverable.");
        }
        AcceptanceRecord record = acceptances.reject(id, PortalAcceptanceApi.required(body.version()), body.comment(),
                body.inputs());
        return created(record);
    }

    @GetMapping("/api/portal/acceptance/records/{id}")
    @Operation(summary = "An acceptance record: the decision, the exact document hashed and its SHA-256, step "
            + "results, defects with the change requests they raised", description = "404 when it is not the "
            + "organisation's. Read only: PUT, PATCH and DELETE do not exist.")
    RecordResponse record(@PathVariable long id) {
        return represent(acceptances.record(id));
    }

    @GetMapping("/api/portal/acceptance/records/{id}/verification")
    @Operation(summary = "Re-verify a record's hash from the data",
            description = "Recomputes the SHA-256 of the stored document, rebuilds the document from the record's "
                    + "fields, and checks the deliverable is still delivered with the content decided on. 404 when "
                    + "it is not the organisation's.")
    VerificationResponse verification(@PathVariable long id) {
        return VerificationResponse.of(id, acceptances.verify(id));
    }

    @PostMapping("/api/portal/acceptance/records/{id}/defects/{n}/change-request")
    @Operation(summary = "Raise a change request from defect n (from 1) of a rejection, with one click",
            description = "201 with Location of the record. The change request has origin CUSTOMER, is on the "
                    + "deliverable's spec item and is submitted to the project team at once; any contact of the "
                    + "organisation may raise it, once per defect. 400 defect (unknown number); 422 not-a-rejection; "
                    + "409 defect-change-raised; 404 when it is not the organisation's.")
    ResponseEntity<DefectChangeResponse> raiseChange(@PathVariable long id, @PathVariable int n) {
        DefectChange change = acceptances.raiseDefectChange(id, n);
        return ResponseEntity.created(URI.create("/api/portal/acceptance/records/" + id))
                .body(DefectChangeResponse.of(change));
    }

    private ResponseEntity<RecordResponse> created(AcceptanceRecord record) {
        return ResponseEntity.created(URI.create("/api/portal/acceptance/records/" + record.getId()))
                .body(represent(record));
    }

    private TaskResponse represent(AcceptanceTask task) {
        CustomerActor me = me();
        return TaskResponse.of(task, orderNumber(me, task.getSalesOrder()), me.contactId(),
                acceptances.deliverable(task.getId()).orElse(null),
                acceptances.recordOfTask(task.getId()).map(AcceptanceRecord::getId).orElse(null));
    }

    private RecordResponse represent(AcceptanceRecord record) {
        AcceptanceTask task = acceptances.task(record.getAcceptanceTask());
        Map<Integer, DefectChange> changes = acceptances.defectChanges(record.getId()).stream()
                .collect(Collectors.toMap(DefectChange::defect, Function.identity()));
        return RecordResponse.of(record, task, orderNumber(me(), record.getSalesOrder()), changes);
    }

    private CustomerActor me() {
        return permissions.customer().orElseThrow(() -> new NotFoundException("Customer contact", "of this account"));
    }

    private String orderNumber(CustomerActor me, Long orderId) {
        return orderId == null ? null : sales.orderFacts(me.customerId(), orderId).map(OrderFacts::number).orElse(null);
    }
}
