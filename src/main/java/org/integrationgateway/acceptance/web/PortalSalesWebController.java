package org.integrationgateway.acceptance.web;

import org.integrationgateway.acceptance.CustomerPortal;
import org.integrationgateway.changecontrol.SourcedRequest;
import org.integrationgateway.shared.DomainException;
import org.integrationgateway.shared.FormErrors;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.shared.NotPermittedException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The customer portal's pages for a signed-in contact's own organisation: home, orders (with milestones, delivered
 * items, acceptance tasks and change requests, and the form to request a change), quotes. Another organisation's
 * ids answer 404 through {@link CustomerPortal}.
 */
@Controller
@PreAuthorize("hasRole('CUSTOMER_CONTACT')")
class PortalSalesWebController {

    private final CustomerPortal portal;
    private final MessageSource messages;

    PortalSalesWebController(CustomerPortal portal, MessageSource messages) {
        this.portal = portal;
        this.messages = messages;
    }

    @GetMapping("/portal")
    String home(Model model) {
        model.addAttribute("home", portal.home());
        return "portal/home";
    }

    @GetMapping("/portal/orders")
    String orders(Model model) {
        model.addAttribute("contact", portal.contact());
        model.addAttribute("orders", portal.orders());
        return "portal/orders";
    }

    @GetMapping("/portal/orders/{id}")
    String order(@PathVariable long id, Model model) {
        model.addAttribute("change", new PortalChangeForm());
        return orderPage(id, model);
    }

    @PostMapping("/portal/orders/{id}/change-requests")
    String raiseChange(@PathVariable long id, @ModelAttribute("change") PortalChangeForm form, BindingResult result,
                       Model model, RedirectAttributes redirect) {
        try {
            SourcedRequest raised = portal.raiseChange(id, form.getTitle(), form.getDescription());
            redirect.addFlashAttribute("flash", messages.getMessage("portal.change.raised",
                    new Object[] {raised.key()}, LocaleContextHolder.getLocale()));
            return "redirect:/portal/orders/" + id;
        } catch (NotFoundException | NotPermittedException refused) {
            throw refused;
        } catch (DomainException refused) {
            FormErrors.show(refused, result);
        }
        return orderPage(id, model);
    }

    @GetMapping("/portal/quotes")
    String quotes(Model model) {
        model.addAttribute("contact", portal.contact());
        model.addAttribute("quotes", portal.quotes());
        return "portal/quotes";
    }

    @GetMapping("/portal/quotes/{id}")
    String quote(@PathVariable long id, Model model) {
        model.addAttribute("contact", portal.contact());
        model.addAttribute("quote", portal.quote(id));
        return "portal/quote";
    }

    private String orderPage(long id, Model model) {
        model.addAttribute("detail", portal.order(id));
        model.addAttribute("contact", portal.contact());
        model.addAttribute("maxTitle", CustomerPortal.MAX_TITLE);
        model.addAttribute("maxDescription", CustomerPortal.MAX_DESCRIPTION);
        return "portal/order";
    }
}
