package org.integrationgateway.portfolio.web;

import org.integrationgateway.shared.FormErrors;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.Set;
import org.integrationgateway.portfolio.Portfolio;
import org.integrationgateway.portfolio.PortfolioPermissions;
import org.integrationgateway.portfolio.Project;
import org.integrationgateway.portfolio.ProjectFilter;
import org.integrationgateway.portfolio.ProjectMatrix;
import org.integrationgateway.portfolio.ProjectStatus;
import org.integrationgateway.shared.DomainException;
import org.integrationgateway.shared.Paging;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** Project pages: the searchable list and the project page for the staff; create and edit for administrators and PMO. */
@Controller
@RequestMapping("/projects")
@PreAuthorize("hasAnyRole('ADMINISTRATOR','PMO','STAFF')")
class ProjectWebController {

    static final Set<String> SORTABLE = Set.of("code", "name", "status", "startDate", "endDate");

    private final Portfolio portfolio;
    private final ProjectMatrix matrix;
    private final PortfolioViews views;
    private final PortfolioPermissions permissions;

    ProjectWebController(Portfolio portfolio, ProjectMatrix matrix, PortfolioViews views, PortfolioPermissions permissions) {
        this.portfolio = portfolio;
        this.matrix = matrix;
        this.views = views;
        this.permissions = permissions;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long program,
                @RequestParam(required = false) ProjectStatus status, @RequestParam(required = false) String sort,
                @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Model model) {
        var pageable = Paging.of(page, size, sort, SORTABLE, Sort.by("code"));
        model.addAttribute("projects", views.projectRows(portfolio.projects(new ProjectFilter(q, program, status), pageable)));
        model.addAttribute("programs", portfolio.allPrograms());
        model.addAttribute("statuses", ProjectStatus.values());
        model.addAttribute("q", q);
        model.addAttribute("program", program);
        model.addAttribute("status", status);
        model.addAttribute("sort", sort);
        UriComponentsBuilder base = UriComponentsBuilder.fromPath("/projects");
        if (q != null && !q.isBlank()) {
            base.queryParam("q", q);
        }
        if (program != null) {
            base.queryParam("program", program);
        }
        if (status != null) {
            base.queryParam("status", status);
        }
        if (sort != null && !sort.isBlank()) {
            base.queryParam("sort", sort);
        }
        model.addAttribute("baseUrl", base.encode().toUriString());
        return "portfolio/projects";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("overview", matrix.overview(id));
        model.addAttribute("canEdit", permissions.canManagePortfolio());
        model.addAttribute("canChangeMatrix", permissions.canChangeMatrix(id));
        return "portfolio/project";
    }

    /**
     * The project page's live regions (staffing warnings, the project's facts, the matrix) in one answer, built from
     * one model: the page swaps each into place when the project or its matrix changes. Same rights as the page.
     */
    @GetMapping("/{id}/live")
    String live(@PathVariable long id, Model model) {
        show(id, model);
        return "portfolio/project-live :: live";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('ADMINISTRATOR','PMO')")
    String createForm(Model model) {
        return form(new ProjectForm(), null, model);
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMINISTRATOR','PMO')")
    String create(@Valid @ModelAttribute("form") ProjectForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(form, null, model);
        }
        try {
            Project project = portfolio.createProject(form.details());
            redirect.addFlashAttribute("flash", "Project " + project.getCode() + " was created.");
            return "redirect:/projects/" + project.getId();
        } catch (DomainException refused) {
            FormErrors.show(refused, result);
            return form(form, null, model);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAnyRole('ADMINISTRATOR','PMO')")
    String editForm(@PathVariable long id, Model model) {
        Project project = portfolio.project(id);
        return form(ProjectForm.of(project), project, model);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAnyRole('ADMINISTRATOR','PMO')")
    String edit(@PathVariable long id, @Valid @ModelAttribute("form") ProjectForm form, BindingResult result,
                Model model, RedirectAttributes redirect) {
        Project project = portfolio.project(id);
        if (form.getVersion() == null) {
            result.reject("stale-version", PortfolioViews.STALE);
        }
        if (result.hasErrors()) {
            return form(form, project, model);
        }
        try {
            portfolio.changeProject(id, form.getVersion(), form.details());
            redirect.addFlashAttribute("flash", "Project " + form.getCode().trim() + " was saved.");
            return "redirect:/projects/" + id;
        } catch (DomainException refused) {
            FormErrors.show(refused, result);
            return form(form, project, model);
        } catch (OptimisticLockingFailureException stale) {
            result.reject("stale-version", PortfolioViews.STALE);
            return form(form, project, model);
        }
    }

    private String form(ProjectForm form, Project project, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("project", project);
        model.addAttribute("programs", portfolio.allPrograms());
        model.addAttribute("people", views.peopleToChoose());
        model.addAttribute("statuses", project == null ? Arrays.asList(ProjectStatus.values())
                : Arrays.stream(ProjectStatus.values()).filter(project.getStatus()::canBecome).toList());
        return "portfolio/project-form";
    }
}
