package org.integrationgateway.organisation.web;

import jakarta.validation.Valid;
import org.integrationgateway.organisation.ContactView;
import org.integrationgateway.organisation.CustomerManagement;
import org.integrationgateway.organisation.CustomerView;
import org.integrationgateway.organisation.web.Forms.ContactForm;
import org.integrationgateway.organisation.web.Forms.CustomerForm;
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
@RequestMapping("/customers")
@PreAuthorize("hasAnyRole('ADMINISTRATOR','PMO','STAFF')")
class CustomerWebController {

    private final CustomerManagement customers;
    private final Pages pages;

    CustomerWebController(CustomerManagement customers, Pages pages) {
        this.customers = customers;
        this.pages = pages;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) String sort, Model model) {
        var pageable = Paging.of(page, null, sort, CustomerManagement.SORT_FIELDS, CustomerManagement.DEFAULT_SORT);
        model.addAttribute("customers", customers.list(q, pageable));
        model.addAttribute("q", q);
        model.addAttribute("baseUrl", Pages.listUrl("/customers", "q", q, "sort", sort));
        return "organisation/customers/list";
    }

    @GetMapping("/new")
    @PreAuthorize(Pages.WRITERS)
    String newForm(Model model) {
        return customerForm(model, new CustomerForm(), null);
    }

    @PostMapping
    @PreAuthorize(Pages.WRITERS)
    String create(@Valid @ModelAttribute("form") CustomerForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return customerForm(model, form, null);
        }
        try {
            CustomerView created = customers.create(form.details());
            redirect.addFlashAttribute("flash", pages.text("organisation.customer.created", created.name()));
            return "redirect:/customers/" + created.id();
        } catch (RuleViolationException | ConflictException ex) {
            FormErrors.show(ex, result);
            return customerForm(model, form, null);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("customer", customers.get(id));
        model.addAttribute("contacts", customers.allContacts(id));
        return "organisation/customers/detail";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(Pages.WRITERS)
    String editForm(@PathVariable long id, Model model) {
        return customerForm(model, CustomerForm.of(customers.get(id)), id);
    }

    @PostMapping("/{id}")
    @PreAuthorize(Pages.WRITERS)
    String update(@PathVariable long id, @Valid @ModelAttribute("form") CustomerForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        customers.get(id);
        if (result.hasErrors()) {
            return customerForm(model, form, id);
        }
        try {
            CustomerView changed = customers.change(id, form.getVersion() == null ? -1 : form.getVersion(),
                    form.details());
            redirect.addFlashAttribute("flash", pages.text("organisation.customer.saved", changed.name()));
            return "redirect:/customers/" + id;
        } catch (RuleViolationException | ConflictException ex) {
            FormErrors.show(ex, result);
            return customerForm(model, form, id);
        }
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize(Pages.WRITERS)
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        CustomerView customer = customers.get(id);
        try {
            customers.delete(id);
            redirect.addFlashAttribute("flash", pages.text("organisation.customer.deleted", customer.name()));
            return "redirect:/customers";
        } catch (DomainException ex) {
            redirect.addFlashAttribute("flashError", ex.getMessage());
            return "redirect:/customers/" + id;
        }
    }

    @GetMapping("/{id}/contacts/new")
    @PreAuthorize(Pages.WRITERS)
    String newContactForm(@PathVariable long id, Model model) {
        return contactForm(model, customers.get(id), new ContactForm(), null);
    }

    @PostMapping("/{id}/contacts")
    @PreAuthorize(Pages.WRITERS)
    String addContact(@PathVariable long id, @Valid @ModelAttribute("form") ContactForm form, BindingResult result,
                      Model model, RedirectAttributes redirect) {
        CustomerView customer = customers.get(id);
        if (result.hasErrors()) {
            return contactForm(model, customer, form, null);
        }
        try {
            ContactView added = customers.addContact(id, form.details());
            redirect.addFlashAttribute("flash", pages.text("organisation.contact.created", added.fullName()));
            return "redirect:/customers/" + id;
        } catch (RuleViolationException | ConflictException ex) {
            FormErrors.show(ex, result);
            return contactForm(model, customer, form, null);
        }
    }

    @GetMapping("/{id}/contacts/{contactId}/edit")
    @PreAuthorize(Pages.WRITERS)
    String editContactForm(@PathVariable long id, @PathVariable long contactId, Model model) {
        return contactForm(model, customers.get(id), ContactForm.of(customers.contact(id, contactId)), contactId);
    }

    @PostMapping("/{id}/contacts/{contactId}")
    @PreAuthorize(Pages.WRITERS)
    String updateContact(@PathVariable long id, @PathVariable long contactId,
                         @Valid @ModelAttribute("form") ContactForm form, BindingResult result, Model model,
                         RedirectAttributes redirect) {
        CustomerView customer = customers.get(id);
        customers.contact(id, contactId);
        if (result.hasErrors()) {
            return contactForm(model, customer, form, contactId);
        }
        try {
            ContactView changed = customers.changeContact(id, contactId,
                    form.getVersion() == null ? -1 : form.getVersion(), form.details());
            redirect.addFlashAttribute("flash", pages.text("organisation.contact.saved", changed.fullName()));
            return "redirect:/customers/" + id;
        } catch (RuleViolationException | ConflictException ex) {
            FormErrors.show(ex, result);
            return contactForm(model, customer, form, contactId);
        }
    }

    @PostMapping("/{id}/contacts/{contactId}/delete")
    @PreAuthorize(Pages.WRITERS)
    String removeContact(@PathVariable long id, @PathVariable long contactId, RedirectAttributes redirect) {
        ContactView contact = customers.contact(id, contactId);
        customers.removeContact(id, contactId);
        redirect.addFlashAttribute("flash", pages.text("organisation.contact.deleted", contact.fullName()));
        return "redirect:/customers/" + id;
    }

    @PostMapping("/{id}/contacts/{contactId}/portal-access")
    @PreAuthorize(Pages.WRITERS)
    String givePortalAccess(@PathVariable long id, @PathVariable long contactId, Model model,
                            RedirectAttributes redirect) {
        ContactView contact = customers.contact(id, contactId);
        try {
            model.addAttribute("granted", customers.givePortalAccess(id, contactId));
        } catch (DomainException ex) {
            redirect.addFlashAttribute("flashError", ex.getMessage());
            return "redirect:/customers/" + id;
        }
        model.addAttribute("backUrl", "/customers/" + id);
        model.addAttribute("heading", pages.text("organisation.account.portalHeading", contact.fullName()));
        return "organisation/account-granted";
    }

    private String customerForm(Model model, CustomerForm form, Long id) {
        model.addAttribute("form", form);
        model.addAttribute("customerId", id);
        return "organisation/customers/form";
    }

    private String contactForm(Model model, CustomerView customer, ContactForm form, Long contactId) {
        model.addAttribute("form", form);
        model.addAttribute("customer", customer);
        model.addAttribute("contactId", contactId);
        return "organisation/customers/contact-form";
    }
}
