package org.integrationgateway.acceptance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.integrationgateway.acceptance.AcceptanceRecord;
import org.integrationgateway.acceptance.AcceptanceTask;
import org.integrationgateway.acceptance.Acceptances;
import org.integrationgateway.acceptance.DefectChange;
import org.integrationgateway.acceptance.web.AcceptanceApi.CancelBody;
import org.integrationgateway.acceptance.web.AcceptanceApi.DefectChangeJson;
import org.integrationgateway.acceptance.web.AcceptanceApi.RecordJson;
import org.integrationgateway.acceptance.web.AcceptanceApi.RecordSummary;
import org.integrationgateway.acceptance.web.AcceptanceApi.TaskBody;
import org.integrationgateway.acceptance.web.AcceptanceApi.TaskJson;
import org.integrationgateway.acceptance.web.AcceptanceApi.VerificationJson;
import org.integrationgateway.shared.InvalidRequestException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Acceptance (project team)", description = "User acceptance from the project team's side: tasks for "
        + "deliverables (a spec item as an order of the project delivers it) assigned to a customer contact with "
        + "portal access, with 1-30 steps; the customer runs them in the portal and accepts or rejects, which writes "
        + "an acceptance record once, with the SHA-256 of the exact document decided on; a rejection's defects raise "
        + "change requests (origin CUSTOMER) with one call each. The project's manager, administrators and PMO "
        + "assign, cancel and raise (403 not-project-manager for the rest of the team); everyone with a role in the "
        + "project reads (403 not-on-project for other staff); customers get 404 (their side is /api/portal/acceptance).")
@PreAuthorize("@acceptancePermissions.isStaff()")
class AcceptanceApiController {

    private final Acceptances acceptances;
    private final AcceptanceViews views;

    AcceptanceApiController(Acceptances acceptances, AcceptanceViews views) {
        this.acceptances = acceptances;
        this.views = views;
    }

    @GetMapping("/api/projects/{id}/acceptance-tasks")
    @Operation(summary = "The project's acceptance tasks, newest first", description = "403 not-on-project; 404.")
    List<TaskJson> tasks(@PathVariable long id) {
        Map<Long, AcceptanceRecord> records = AcceptanceViews.recordsByTask(acceptances.recordsOfProject(id));
        Map<Long, String> customers = new HashMap<>();
        Map<Long, String> orders = new HashMap<>();
        return acceptances.tasksOfProject(id).stream().map(t -> TaskJson.of(t,
                customers.computeIfAbsent(t.getCustomer(), views::customerName),
                t.getSalesOrder() == null ? null : orders.computeIfAbsent(t.getSalesOrder(), views::orderNumber),
                records.containsKey(t.getId()) ? records.get(t.getId()).getId() : null)).toList();
    }

    @PostMapping("/api/projects/{id}/acceptance-tasks")
    @Operation(summary = "Assign an acceptance task", description = "201 with Location. 400 names the field: "
            + "customerId (neither order nor customer), deliverableKey, assigneeContact, title (1-200), dueOn (not in "
            + "the past), steps (1-30), steps[i].instruction, steps[i].expectedResult (1-1,000); 422 unknown-order, "
            + "unknown-customer, unknown-deliverable (not delivered by the order), unknown-contact, no-portal-access; "
            + "403 not-project-manager; 404 for an unknown project.")
    ResponseEntity<TaskJson> assign(@PathVariable long id, @RequestBody(required = false) TaskBody body) {
        if (body == null) {
            throw new InvalidRequestException("deliverableKey", "Describe the task: order, deliverable, title, "
                    + "assignee and steps.");
        }
        AcceptanceTask task = acceptances.assign(id, body.draft());
        return ResponseEntity.created(URI.create("/api/acceptance/tasks/" + task.getId())).body(json(task));
    }

    @GetMapping("/api/projects/{id}/acceptances")
    @Operation(summary = "The project's acceptance records, latest decision first", description = "Without the "
            + "documents (see GET /api/acceptance/records/{id}). 403 not-on-project; 404.")
    List<RecordSummary> records(@PathVariable long id) {
        return acceptances.recordsOfProject(id).stream().map(RecordSummary::of).toList();
    }

    @GetMapping("/api/acceptance/tasks/{id}")
    @Operation(summary = "An acceptance task with its steps and results", description = "403 not-on-project; 404.")
    TaskJson task(@PathVariable long id) {
        return json(acceptances.task(id));
    }

    @PostMapping("/api/acceptance/tasks/{id}/cancel")
    @Operation(summary = "Cancel an open task, with a reason", description = "400 reason or version; 409 "
            + "task-closed (decided or cancelled: a decided task and its record never change), stale-version; 403 "
            + "not-project-manager; 404.")
    TaskJson cancel(@PathVariable long id, @RequestBody(required = false) CancelBody body) {
        if (body == null || body.version() == null) {
            throw new InvalidRequestException("version", "Give the version the change is based on.");
        }
        return json(acceptances.cancel(id, body.version(), body.reason()));
    }

    @GetMapping("/api/acceptance/records/{id}")
    @Operation(summary = "An acceptance record with its document, hash and defects", description = "403 "
            + "not-on-project; 404.")
    RecordJson record(@PathVariable long id) {
        AcceptanceRecord record = acceptances.record(id);
        Map<Integer, DefectChange> raised = new HashMap<>();
        acceptances.defectChanges(id).forEach(c -> raised.put(c.defect(), c));
        return RecordJson.of(record, views.customerName(record.getCustomer()),
                views.orderNumber(record.getSalesOrder()), raised);
    }

    @GetMapping("/api/acceptance/records/{id}/verification")
    @Operation(summary = "Re-verify a record from the data", description = "Recomputes the SHA-256 of the stored "
            + "document, rebuilds the document from the record's fields and the task's steps, and compares the "
            + "deliverable as delivered today. 403 not-on-project; 404.")
    VerificationJson verification(@PathVariable long id) {
        return VerificationJson.of(acceptances.verify(id));
    }

    @PostMapping("/api/acceptance/records/{id}/defects/{n}/change-request")
    @Operation(summary = "Raise a change request from defect n (from 1) of a rejection", description = "The change "
            + "request has origin CUSTOMER, source CUSTOMER_REQUEST acceptance:<id>:<n>, the customer's decider as "
            + "requester, is on the deliverable's item and submitted at once. 201 with Location of the change request. "
            + "400 defect (no such defect); 422 not-a-rejection; 409 defect-change-raised (once per defect); 403 "
            + "not-project-manager; 404.")
    ResponseEntity<DefectChangeJson> raise(@PathVariable long id, @PathVariable int n) {
        DefectChange change = acceptances.raiseDefectChange(id, n);
        return ResponseEntity.created(URI.create("/api/change-requests/" + change.changeRequestId()))
                .body(DefectChangeJson.of(change));
    }

    private TaskJson json(AcceptanceTask task) {
        return TaskJson.of(task, views.customerName(task.getCustomer()), views.orderNumber(task.getSalesOrder()),
                acceptances.recordOfTask(task.getId()).map(AcceptanceRecord::getId).orElse(null));
    }
}
