package org.integrationgateway.portfolio.web;

import org.integrationgateway.shared.FormErrors;
import jakarta.validation.Valid;
import org.integrationgateway.portfolio.AssignmentView;
import org.integrationgateway.portfolio.Portfolio;
import org.integrationgateway.portfolio.ProjectMatrix;
import org.integrationgateway.portfolio.ProjectRole;
import org.integrationgateway.shared.DomainException;
import org.springframework.dao.OptimisticLockingFailureException;
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
 * Adding, changing and ending matrix assignments (administrators, PMO and the project's manager), and the
 * fragment of a person's assignments and load that the person page loads with htmx (any staff member).
 */
@Controller
class AssignmentWebController {

    private final ProjectMatrix matrix;
    private final Portfolio portfolio;
    private final PortfolioViews views;

    AssignmentWebController(ProjectMatrix matrix, Portfolio portfolio, PortfolioViews views) {
        this.matrix = matrix;
        this.portfolio = portfolio;
        this.views = views;
    }

    @GetMapping("/projects/{projectId}/assignments/new")
    @PreAuthorize("@portfolioPermissions.canChangeMatrix(#projectId)")
    String createForm(@PathVariable long projectId, Model model) {
        AssignmentForm form = new AssignmentForm();
        form.setStartDate(matrix.today());
        form.setEndDate(matrix.today().plusMonths(6));
        return form(projectId, form, null, model);
    }

    @PostMapping("/projects/{projectId}/assignments")
    @PreAuthorize("@portfolioPermissions.canChangeMatrix(#projectId)")
    String create(@PathVariable long projectId, @Valid @ModelAttribute("form") AssignmentForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        if (form.getPersonId() == null) {
            result.rejectValue("personId", "required", "Choose a person.");
        }
        if (result.hasErrors()) {
            return form(projectId, form, null, model);
        }
        try {
            matrix.assign(projectId, form.getPersonId(), form.terms());
            redirect.addFlashAttribute("flash", "The assignment was added.");
            return "redirect:/projects/" + projectId + "#matrix";
        } catch (DomainException refused) {
            FormErrors.show(refused, result);
            return form(projectId, form, null, model);
        }
    }

    @GetMapping("/projects/{projectId}/assignments/{assignmentId}/edit")
    @PreAuthorize("@portfolioPermissions.canChangeMatrix(#projectId)")
    String editForm(@PathVariable long projectId, @PathVariable long assignmentId, Model model) {
        AssignmentView assignment = matrix.assignment(projectId, assignmentId);
        return form(projectId, AssignmentForm.of(assignment), assignment, model);
    }

    @PostMapping("/projects/{projectId}/assignments/{assignmentId}")
    @PreAuthorize("@portfolioPermissions.canChangeMatrix(#projectId)")
    String edit(@PathVariable long projectId, @PathVariable long assignmentId,
                @Valid @ModelAttribute("form") AssignmentForm form, BindingResult result, Model model,
                RedirectAttributes redirect) {
        AssignmentView assignment = matrix.assignment(projectId, assignmentId);
        if (form.getVersion() == null) {
            result.reject("stale-version", PortfolioViews.STALE);
        }
        if (result.hasErrors()) {
            return form(projectId, form, assignment, model);
        }
        try {
            matrix.change(projectId, assignmentId, form.getVersion(), form.terms());
            redirect.addFlashAttribute("flash", "The assignment of " + assignment.personName() + " was saved.");
            return "redirect:/projects/" + projectId + "#matrix";
        } catch (DomainException refused) {
            FormErrors.show(refused, result);
            return form(projectId, form, assignment, model);
        } catch (OptimisticLockingFailureException stale) {
            result.reject("stale-version", PortfolioViews.STALE);
            return form(projectId, form, assignment, model);
        }
    }

    @PostMapping("/projects/{projectId}/assignments/{assignmentId}/end")
    @PreAuthorize("@portfolioPermissions.canChangeMatrix(#projectId)")
    String end(@PathVariable long projectId, @PathVariable long assignmentId,
               @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        AssignmentView assignment = matrix.assignment(projectId, assignmentId);
        matrix.end(projectId, assignmentId, version);
        redirect.addFlashAttribute("flash", "The assignment of " + assignment.personName() + " was ended.");
        return "redirect:/projects/" + projectId + "#matrix";
    }

    @GetMapping("/people/{personId}/assignments")
    @PreAuthorize("hasAnyRole('ADMINISTRATOR','PMO','STAFF')")
    String personAssignments(@PathVariable long personId, Model model) {
        model.addAttribute("assignments", matrix.assignmentsOf(personId));
        model.addAttribute("load", matrix.loadOfComingYear(personId));
        return "portfolio/person-assignments :: assignments";
    }

    private String form(long projectId, AssignmentForm form, AssignmentView assignment, Model model) {
        model.addAttribute("project", portfolio.project(projectId));
        model.addAttribute("form", form);
        model.addAttribute("assignment", assignment);
        model.addAttribute("roles", ProjectRole.values());
        if (assignment == null) {
            model.addAttribute("people", views.peopleToChoose());
        }
        return "portfolio/assignment-form";
    }
}
