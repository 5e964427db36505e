package org.integrationgateway.organisation.web;

import jakarta.validation.Valid;
import org.integrationgateway.organisation.DepartmentKind;
import org.integrationgateway.organisation.DepartmentManagement;
import org.integrationgateway.organisation.PeopleManagement;
import org.integrationgateway.organisation.PersonFilter;
import org.integrationgateway.organisation.PersonView;
import org.integrationgateway.organisation.web.Forms.PersonForm;
import org.integrationgateway.shared.FormErrors;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.DomainException;
import org.integrationgateway.shared.Paging;
import org.integrationgateway.shared.RuleViolationException;
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
@RequestMapping("/people")
@PreAuthorize("hasAnyRole('ADMINISTRATOR','PMO','STAFF')")
class PersonWebController {

    private final PeopleManagement people;
    private final DepartmentManagement departments;
    private final Pages pages;

    PersonWebController(PeopleManagement people, DepartmentManagement departments, Pages pages) {
        this.people = people;
        this.departments = departments;
        this.pages = pages;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long department,
                @RequestParam(required = false) DepartmentKind kind, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) String sort, Model model) {
        var pageable = Paging.of(page, null, sort, PeopleManagement.SORT_FIELDS, PeopleManagement.DEFAULT_SORT);
        model.addAttribute("people", people.list(new PersonFilter(q, department, kind), pageable));
        model.addAttribute("q", q);
        model.addAttribute("department", department);
        model.addAttribute("kind", kind);
        model.addAttribute("sort", sort);
        model.addAttribute("kinds", DepartmentKind.values());
        model.addAttribute("departments", departments.all());
        model.addAttribute("baseUrl", Pages.listUrl("/people", "q", q, "department", department, "kind", kind,
                "sort", sort));
        return "organisation/people/list";
    }

    @GetMapping("/new")
    @PreAuthorize(Pages.WRITERS)
    String newForm(@RequestParam(required = false) Long department, Model model) {
        PersonForm form = new PersonForm();
        form.setDepartmentId(department);
        return form(model, form, null);
    }

    @PostMapping
    @PreAuthorize(Pages.WRITERS)
    String create(@Valid @ModelAttribute("form") PersonForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model, form, null);
        }
        try {
            PersonView added = people.add(form.details());
            redirect.addFlashAttribute("flash", pages.text("organisation.person.created", added.fullName()));
            return "redirect:/people/" + added.id();
        } catch (RuleViolationException | ConflictException ex) {
            FormErrors.show(ex, result);
            return form(model, form, null);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("person", people.get(id));
        return "organisation/people/detail";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(Pages.WRITERS)
    String editForm(@PathVariable long id, Model model) {
        return form(model, PersonForm.of(people.get(id)), id);
    }

    @PostMapping("/{id}")
    @PreAuthorize(Pages.WRITERS)
    String update(@PathVariable long id, @Valid @ModelAttribute("form") PersonForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        people.get(id);
        if (result.hasErrors()) {
            return form(model, form, id);
        }
        try {
            PersonView changed = people.change(id, form.getVersion() == null ? -1 : form.getVersion(), form.details());
            redirect.addFlashAttribute("flash", pages.text("organisation.person.saved", changed.fullName()));
            return "redirect:/people/" + id;
        } catch (RuleViolationException | ConflictException ex) {
            FormErrors.show(ex, result);
            return form(model, form, id);
        }
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize(Pages.WRITERS)
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        PersonView person = people.get(id);
        try {
            people.remove(id);
            redirect.addFlashAttribute("flash", pages.text("organisation.person.deleted", person.fullName()));
            return "redirect:/people";
        } catch (DomainException ex) {
            redirect.addFlashAttribute("flashError", ex.getMessage());
            return "redirect:/people/" + id;
        }
    }

    @PostMapping("/{id}/sign-in-account")
    @PreAuthorize(Pages.WRITERS)
    String giveSignInAccount(@PathVariable long id, Model model, RedirectAttributes redirect) {
        PersonView person = people.get(id);
        try {
            model.addAttribute("granted", people.giveSignInAccount(id));
        } catch (DomainException ex) {
            redirect.addFlashAttribute("flashError", ex.getMessage());
            return "redirect:/people/" + id;
        }
        model.addAttribute("name", person.fullName());
        model.addAttribute("backUrl", "/people/" + id);
        model.addAttribute("heading", pages.text("organisation.account.signInHeading", person.fullName()));
        return "organisation/account-granted";
    }

    private String form(Model model, PersonForm form, Long id) {
        model.addAttribute("form", form);
        model.addAttribute("personId", id);
        model.addAttribute("departments", departments.all());
        return "organisation/people/form";
    }
}
