package org.integrationgateway.organisation.web;

import jakarta.validation.Valid;
import org.integrationgateway.organisation.DepartmentKind;
import org.integrationgateway.organisation.DepartmentManagement;
import org.integrationgateway.organisation.DepartmentView;
import org.integrationgateway.organisation.PeopleManagement;
import org.integrationgateway.organisation.PersonFilter;
import org.integrationgateway.organisation.web.Forms.DepartmentForm;
import org.integrationgateway.shared.FormErrors;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.DomainException;
import org.integrationgateway.shared.Paging;
import org.integrationgateway.shared.RuleViolationException;
import org.springframework.data.domain.PageRequest;
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

@Controller
@RequestMapping("/departments")
@PreAuthorize("hasAnyRole('ADMINISTRATOR','PMO','STAFF')")
class DepartmentWebController {

    private final DepartmentManagement departments;
    private final PeopleManagement people;
    private final Pages pages;

    DepartmentWebController(DepartmentManagement departments, PeopleManagement people, Pages pages) {
        this.departments = departments;
        this.people = people;
        this.pages = pages;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) DepartmentKind kind,
                @RequestParam(required = false) Integer page, @RequestParam(required = false) String sort, Model model) {
        var pageable = Paging.of(page, null, sort, DepartmentManagement.SORT_FIELDS, DepartmentManagement.DEFAULT_SORT);
        model.addAttribute("departments", departments.list(q, kind, pageable));
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", DepartmentKind.values());
        model.addAttribute("baseUrl", Pages.listUrl("/departments", "q", q, "kind", kind, "sort", sort));
        return "organisation/departments/list";
    }

    @GetMapping("/new")
    @PreAuthorize(Pages.WRITERS)
    String newForm(Model model) {
        return form(model, new DepartmentForm(), null);
    }

    @PostMapping
    @PreAuthorize(Pages.WRITERS)
    String create(@Valid @ModelAttribute("form") DepartmentForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model, form, null);
        }
        try {
            DepartmentView created = departments.create(form.details());
            redirect.addFlashAttribute("flash", pages.text("organisation.department.created", created.name()));
            return "redirect:/departments/" + created.id();
        } catch (RuleViolationException | ConflictException ex) {
            FormErrors.show(ex, result);
            return form(model, form, null);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("department", departments.get(id));
        model.addAttribute("people", people.list(new PersonFilter(null, id, null),
                PageRequest.of(0, Paging.MAX_SIZE, PeopleManagement.DEFAULT_SORT)));
        return "organisation/departments/detail";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(Pages.WRITERS)
    String editForm(@PathVariable long id, Model model) {
        return form(model, DepartmentForm.of(departments.get(id)), id);
    }

    @PostMapping("/{id}")
    @PreAuthorize(Pages.WRITERS)
    String update(@PathVariable long id, @Valid @ModelAttribute("form") DepartmentForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        departments.get(id);
        if (result.hasErrors()) {
            return form(model, form, id);
        }
        try {
            DepartmentView changed = departments.change(id, form.getVersion() == null ? -1 : form.getVersion(),
                    form.details());
            redirect.addFlashAttribute("flash", pages.text("organisation.department.saved", changed.name()));
            return "redirect:/departments/" + id;
        } catch (RuleViolationException | ConflictException ex) {
            FormErrors.show(ex, result);
            return form(model, form, id);
        }
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize(Pages.WRITERS)
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        DepartmentView department = departments.get(id);
        try {
            departments.delete(id);
            redirect.addFlashAttribute("flash", pages.text("organisation.department.deleted", department.name()));
            return "redirect:/departments";
        } catch (DomainException ex) {
            redirect.addFlashAttribute("flashError", ex.getMessage());
            return "redirect:/departments/" + id;
        }
    }

    private String form(Model model, DepartmentForm form, Long id) {
        model.addAttribute("form", form);
        model.addAttribute("departmentId", id);
        model.addAttribute("kinds", DepartmentKind.values());
        return "organisation/departments/form";
    }
}
