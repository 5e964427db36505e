package org.integrationgateway.sales.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.integrationgateway.organisation.ContactView;
import org.integrationgateway.organisation.CustomerView;
import org.integrationgateway.sales.Opportunity;
import org.integrationgateway.sales.OpportunityStage;
import org.integrationgateway.sales.QuoteDesk;
import org.integrationgateway.sales.SalesPipeline;
import org.integrationgateway.sales.SalesViewer;
import org.integrationgateway.shared.ConflictException;
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
 * Opening and editing an opportunity (inline errors next to the field, nothing saved on error) and its page: details,
 * linked projects, the stage form and the stage history. Staff reach the addresses; whether they find the opportunity
 * (404) and may change it (403) is decided by {@link SalesPipeline}.
 */
@Controller
@PreAuthorize("@salesPermissions.canRead()")
class OpportunityWebController {

    private final SalesPipeline pipeline;
    private final QuoteDesk quotes;

    OpportunityWebController(SalesPipeline pipeline, QuoteDesk quotes) {
        this.pipeline = pipeline;
        this.quotes = quotes;
    }

    @GetMapping("/sales/opportunities/new")
    @PreAuthorize("@salesPermissions.canCreate()")
    String newForm(@RequestParam(required = false) Long customerId, Model model) {
        OpportunityForm form = new OpportunityForm();
        form.setCustomerId(customerId);
        form.setExpectedClose(pipeline.today().plusMonths(3));
        return form(null, form, model);
    }

    @PostMapping("/sales/opportunities")
    @PreAuthorize("@salesPermissions.canCreate()")
    String create(@ModelAttribute("form") OpportunityForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                Opportunity created = pipeline.create(form.draft());
                redirect.addFlashAttribute("flash", created.key() + " " + created.getTitle() + " was opened.");
                return "redirect:/sales/opportunities/" + created.getId();
            } catch (NotPermittedException refused) {
                throw refused;
            } catch (DomainException refused) {
                FormErrors.show(refused, result, OpportunityForm.FIELDS);
            }
        }
        return form(null, form, model);
    }

    @GetMapping("/sales/opportunities/{id}")
    String page(@PathVariable long id, Model model) {
        Opportunity opportunity = pipeline.opportunity(id);
        SalesViewer viewer = pipeline.viewer();
        model.addAttribute("opportunity", opportunity);
        model.addAttribute("customerName", pipeline.customerNames(List.of(opportunity.getCustomer()))
                .getOrDefault(opportunity.getCustomer(), "#" + opportunity.getCustomer()));
        model.addAttribute("contact", opportunity.getContact() == null ? null : pipeline.contactsOf(opportunity.getCustomer())
                .stream().filter(c -> c.id() == opportunity.getContact()).findFirst().orElse(null));
        model.addAttribute("owner", pipeline.peopleById(List.of(opportunity.getOwner())).get(opportunity.getOwner()));
        model.addAttribute("projects", pipeline.projectsById(opportunity.getProjectIds()).values());
        model.addAttribute("editable", viewer.mayEdit(opportunity) && opportunity.getStage().isOpen());
        model.addAttribute("movable", viewer.mayEdit(opportunity) && (opportunity.getStage().isOpen()
                || viewer.actor().mayReopen(opportunity.getOwner())));
        model.addAttribute("readOnly", !viewer.mayEdit(opportunity));
        model.addAttribute("overdue", opportunity.isOverdue(pipeline.today()));
        model.addAttribute("stages", OpportunityStage.values());
        model.addAttribute("openStages", OpportunityStage.OPEN);
        model.addAttribute("quotes", quotes.quotesOf(id));
        return "sales/opportunity";
    }

    @GetMapping("/sales/opportunities/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Opportunity opportunity = editable(id);
        return form(opportunity, OpportunityForm.of(opportunity), model);
    }

    @PostMapping("/sales/opportunities/{id}")
    String edit(@PathVariable long id, @ModelAttribute("form") OpportunityForm form, BindingResult result, Model model,
                RedirectAttributes redirect) {
        Opportunity opportunity = editable(id);
        if (!result.hasErrors()) {
            try {
                Opportunity changed = pipeline.change(id, form.getVersion(), form.draft());
                redirect.addFlashAttribute("flash", changed.key() + " was saved.");
                return "redirect:/sales/opportunities/" + id;
            } catch (NotPermittedException refused) {
                throw refused;
            } catch (ConflictException conflict) {
                result.reject(conflict.code(), conflict.getMessage());
            } catch (DomainException refused) {
                FormErrors.show(refused, result, OpportunityForm.FIELDS);
            }
        }
        return form(opportunity, form, model);
    }

    private Opportunity editable(long id) {
        Opportunity opportunity = pipeline.opportunity(id);
        if (!pipeline.viewer().mayEdit(opportunity)) {
            throw new NotPermittedException("read-only", "You see this opportunity because it concerns your project; "
                    + "its sales team changes it.");
        }
        if (opportunity.getStage().isClosed()) {
            throw new ConflictException("opportunity-closed", "This opportunity is closed; reopen it before changing it.");
        }
        return opportunity;
    }

    private String form(Opportunity editing, OpportunityForm form, Model model) {
        SalesViewer viewer = pipeline.viewer();
        List<CustomerView> customers = pipeline.customerChoices();
        Map<CustomerView, List<ContactView>> contacts = new LinkedHashMap<>();
        for (CustomerView customer : customers) {
            if (customer.contactCount() > 0) {
                contacts.put(customer, pipeline.contactsOf(customer.id()));
            }
        }
        model.addAttribute("editing", editing);
        model.addAttribute("form", form);
        model.addAttribute("customers", customers);
        model.addAttribute("contactsByCustomer", contacts);
        model.addAttribute("projectChoices", pipeline.projectChoices());
        model.addAttribute("owners", pipeline.salesReps());
        model.addAttribute("chooseOwner", editing == null ? viewer.everything()
                : viewer.actor().mayReassign(editing.getOwner()));
        model.addAttribute("ownerName", editing == null ? viewer.name()
                : pipeline.peopleById(List.of(editing.getOwner())).values().stream().findFirst()
                .map(p -> p.fullName()).orElse(""));
        model.addAttribute("openStages", OpportunityStage.OPEN);
        return "sales/form";
    }
}
