package org.integrationgateway.acceptance.web;

import java.util.List;
import java.util.Map;
import org.integrationgateway.acceptance.AcceptancePermissions;
import org.integrationgateway.acceptance.AcceptanceRecord;
import org.integrationgateway.acceptance.AcceptanceTask;
import org.integrationgateway.acceptance.Acceptances;
import org.integrationgateway.acceptance.DefectChange;
import org.integrationgateway.acceptance.HashVerification;
import org.integrationgateway.portfolio.Portfolio;
import org.integrationgateway.portfolio.Project;
import org.integrationgateway.shared.DomainException;
import org.integrationgateway.shared.FormErrors;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.shared.NotPermittedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The project team's acceptance pages. The project's page lists its tasks (state, assignee, progress, due) and
 * records (outcome, who and when, hash prefix) and, for the project manager, administrators and PMO, the assign form;
 * it follows {@code project:<id>} and redraws its lists from {@code /projects/{id}/acceptance/live} when the customer
 * records a step or decides. A task's page shows its steps and results and lets the manager cancel it; a record's page
 * shows every field, the stored document and its hash, re-verifies it on request and raises a change request from a
 * rejection's defect with one click. Everyone with a role in the project reads (403 for other staff; customers get
 * 404 from the security configuration).
 */
@Controller
@PreAuthorize("@acceptancePermissions.isStaff()")
class AcceptanceWebController {

    private final Acceptances acceptances;
    private final AcceptancePermissions permissions;
    private final AcceptanceViews views;
    private final Portfolio portfolio;

    AcceptanceWebController(Acceptances acceptances, AcceptancePermissions permissions, AcceptanceViews views,
                            Portfolio portfolio) {
        this.acceptances = acceptances;
        this.permissions = permissions;
        this.views = views;
        this.portfolio = portfolio;
    }

    @GetMapping("/projects/{id}/acceptance")
    String project(@PathVariable long id, @RequestParam(required = false) Integer rows, Model model) {
        AssignForm form = AssignForm.blank();
        if (rows != null) {
            form.padRows(rows);
        }
        return projectPage(id, form, model);
    }

    /** The page's live regions (tasks and records) in one answer; same rights as the page. */
    @GetMapping("/projects/{id}/acceptance/live")
    String live(@PathVariable long id, Model model) {
        lists(id, model);
        return "acceptance/project-live :: live";
    }

    @PostMapping("/projects/{id}/acceptance/tasks")
    String assign(@PathVariable long id, @ModelAttribute("assignForm") AssignForm form, BindingResult result,
                  @RequestParam(required = false) String addRows, Model model, RedirectAttributes redirect) {
        if (addRows != null) {
            form.padRows(Math.max(form.getSteps().size(), AssignForm.ROWS) + AssignForm.ROWS);
            return projectPage(id, form, model);
        }
        if (!result.hasErrors()) {
            try {
                AcceptanceTask task = acceptances.assign(id, form.draft());
                redirect.addFlashAttribute("flash", task.key() + " was assigned to " + task.getAssigneeName() + ".");
                return "redirect:/projects/" + id + "/acceptance#acceptance-task-" + task.getId();
            } catch (NotPermittedException | NotFoundException refused) {
                throw refused;
            } catch (DomainException refused) {
                showOnForm(refused, form, result);
            }
        }
        form.padRows(AssignForm.ROWS);
        return projectPage(id, form, model);
    }

    @GetMapping("/acceptance/tasks/{id}")
    String task(@PathVariable long id, Model model) {
        AcceptanceTask task = acceptances.task(id);
        model.addAttribute("task", task);
        model.addAttribute("project", portfolio.project(task.getProject()));
        model.addAttribute("customerName", views.customerName(task.getCustomer()));
        model.addAttribute("orderNumber", views.orderNumber(task.getSalesOrder()));
        model.addAttribute("record", acceptances.recordOfTask(id).orElse(null));
        model.addAttribute("recorded", AcceptanceViews.recorded(task));
        model.addAttribute("canManage", permissions.canManage(task.getProject()));
        return "acceptance/task";
    }

    @PostMapping("/acceptance/tasks/{id}/cancel")
    String cancel(@PathVariable long id, @RequestParam(required = false) Long version,
                  @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            AcceptanceTask task = acceptances.cancel(id, version, reason);
            redirect.addFlashAttribute("flash", task.key() + " was cancelled.");
        } catch (NotPermittedException | NotFoundException refused) {
            throw refused;
        } catch (DomainException refused) {
            redirect.addFlashAttribute("flashError", refused.getMessage() + " Nothing was changed.");
            redirect.addFlashAttribute("cancelReason", reason);
        }
        return "redirect:/acceptance/tasks/" + id;
    }

    @GetMapping("/acceptance/records/{id}")
    String record(@PathVariable long id, @RequestParam(required = false) Boolean verify, Model model) {
        AcceptanceRecord record = acceptances.record(id);
        AcceptanceTask task = acceptances.task(record.getAcceptanceTask());
        model.addAttribute("record", record);
        model.addAttribute("task", task);
        model.addAttribute("project", portfolio.project(record.getProject()));
        model.addAttribute("customerName", views.customerName(record.getCustomer()));
        model.addAttribute("orderNumber", views.orderNumber(record.getSalesOrder()));
        Map<Integer, DefectChange> raised = new java.util.HashMap<>();
        for (DefectChange change : acceptances.defectChanges(id)) {
            raised.put(change.defect(), change);
        }
        model.addAttribute("raised", raised);
        model.addAttribute("canManage", permissions.canManage(record.getProject()));
        HashVerification verification = Boolean.TRUE.equals(verify) ? acceptances.verify(id) : null;
        model.addAttribute("verification", verification);
        return "acceptance/record";
    }

    /** The re-verification alone (the record page's Verify button fetches it in place). */
    @GetMapping("/acceptance/records/{id}/verification")
    String verification(@PathVariable long id, Model model) {
        model.addAttribute("record", acceptances.record(id));
        model.addAttribute("verification", acceptances.verify(id));
        return "acceptance/record :: verification";
    }

    @PostMapping("/acceptance/records/{id}/defects/{n}/change-request")
    String raiseChange(@PathVariable long id, @PathVariable int n, RedirectAttributes redirect) {
        try {
            DefectChange change = acceptances.raiseDefectChange(id, n);
            redirect.addFlashAttribute("flash", "Defect " + n + " raised CR-" + change.changeRequestId() + ".");
        } catch (NotPermittedException | NotFoundException refused) {
            throw refused;
        } catch (DomainException refused) {
            redirect.addFlashAttribute("flashError", refused.getMessage());
        }
        return "redirect:/acceptance/records/" + id + "#defect-" + n;
    }

    /**
     * Shows a refusal next to its field; a step's next to the row it came from, saying which text is missing in words
     * rather than the domain's field name.
     */
    private static void showOnForm(DomainException refused, AssignForm form, BindingResult result) {
        String field = refused.field() == null ? null : form.stepAliases().getOrDefault(refused.field(), refused.field());
        String message = refused.getMessage();
        if (field != null && field.startsWith("steps[") && message.startsWith("Fill in")) {
            message = field.endsWith("expectedResult") ? "Fill in the result expected of this step."
                    : "Fill in what to do in this step.";
        }
        FormErrors.show(result, field, refused.code(), message);
    }

    private String projectPage(long id, AssignForm form, Model model) {
        Project project = portfolio.project(id);
        lists(id, model);
        boolean canManage = permissions.canManage(id);
        model.addAttribute("project", project);
        model.addAttribute("canManage", canManage);
        model.addAttribute("assignForm", form);
        List<AcceptanceViews.OrderChoice> orders = canManage ? views.orders(id) : List.of();
        model.addAttribute("orders", orders);
        model.addAttribute("contactChoices", canManage ? views.contacts(orders) : List.of());
        return "acceptance/project";
    }

    private void lists(long projectId, Model model) {
        List<AcceptanceTask> tasks = acceptances.tasksOfProject(projectId);
        List<AcceptanceRecord> records = acceptances.recordsOfProject(projectId);
        model.addAttribute("projectId", projectId);
        model.addAttribute("tasks", tasks);
        model.addAttribute("records", records);
        model.addAttribute("recordsByTask", AcceptanceViews.recordsByTask(records));
        model.addAttribute("today", java.time.LocalDate.now());
    }
}
