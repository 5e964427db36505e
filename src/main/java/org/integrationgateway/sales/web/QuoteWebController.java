package org.integrationgateway.sales.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.integrationgateway.organisation.ContactView;
import org.integrationgateway.sales.Opportunity;
import org.integrationgateway.sales.Quote;
import org.integrationgateway.sales.QuoteDesk;
import org.integrationgateway.sales.QuoteLine;
import org.integrationgateway.sales.QuoteState;
import org.integrationgateway.sales.SalesOrder;
import org.integrationgateway.sales.SalesPipeline;
import org.integrationgateway.sales.web.QuoteForms.AcceptForm;
import org.integrationgateway.sales.web.QuoteForms.CustomisationForm;
import org.integrationgateway.sales.web.QuoteForms.DeclineForm;
import org.integrationgateway.sales.web.QuoteForms.NewQuote;
import org.integrationgateway.sales.web.QuoteForms.OptionForm;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.DomainException;
import org.integrationgateway.shared.FormErrors;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.shared.NotPermittedException;
import org.integrationgateway.specs.Offer;
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
 * The quote builder, made for a phone or tablet at the customer's site: the summary, the lines with each
 * customisation's answer from the project (live: the page follows {@code quote:<id>} and redraws its regions from
 * {@code /sales/quotes/{id}/live}), adding options from the offer catalogue and customisations in the customer's
 * words, removing and rewording, the customer's acceptance of the exact terms shown, booking and declining. Forms post
 * and redirect; a refusal comes back inline next to its field (or above its form), a stale version as a conflict
 * message. Who finds the quote (404) and who may change it (403 {@code read-only}) is decided by {@link QuoteDesk}.
 */
@Controller
@PreAuthorize("@salesPermissions.canRead()")
class QuoteWebController {

    private static final List<String> FORMS = List.of("optionForm", "customisationForm", "rewordForm", "acceptForm",
            "declineForm");

    private final QuoteDesk desk;
    private final SalesPipeline pipeline;

    QuoteWebController(QuoteDesk desk, SalesPipeline pipeline) {
        this.desk = desk;
        this.pipeline = pipeline;
    }

    @PostMapping("/sales/opportunities/{id}/quotes")
    String create(@PathVariable long id, @ModelAttribute("newQuote") NewQuote form, BindingResult result,
                  RedirectAttributes redirect) {
        if (result.hasErrors()) {
            redirect.addFlashAttribute("flashError", "The new quote's project or date was not understood. Nothing was saved.");
            return "redirect:/sales/opportunities/" + id + "#quotes";
        }
        try {
            Quote quote = desk.create(id, form.draft());
            redirect.addFlashAttribute("flash", quote.key() + " was started.");
            return "redirect:/sales/quotes/" + quote.getId();
        } catch (NotPermittedException | NotFoundException refused) {
            throw refused;
        } catch (DomainException refused) {
            redirect.addFlashAttribute("flashError", refused.getMessage() + " Nothing was saved.");
            return "redirect:/sales/opportunities/" + id + "#quotes";
        }
    }

    @GetMapping("/sales/quotes/{id}")
    String page(@PathVariable long id, Model model) {
        Quote quote = desk.quote(id);
        Opportunity opportunity = pipeline.opportunity(quote.getOpportunity());
        boolean writable = desk.viewer().mayEdit(opportunity);
        Instant now = desk.now();
        LocalDate today = desk.today();
        model.addAttribute("quote", quote);
        model.addAttribute("serverNow", now.toEpochMilli());
        model.addAttribute("opportunity", opportunity);
        model.addAttribute("customerName", pipeline.customerNames(List.of(quote.getCustomer()))
                .getOrDefault(quote.getCustomer(), "#" + quote.getCustomer()));
        model.addAttribute("project", pipeline.projectsById(List.of(quote.getProject())).get(quote.getProject()));
        model.addAttribute("rows", quote.getLines().stream().map(line -> Row.of(line, now)).toList());
        model.addAttribute("delivery", quote.deliveryDate(today));
        model.addAttribute("writable", writable);
        model.addAttribute("readOnly", !writable);
        boolean building = writable && quote.getState().beingBuilt();
        model.addAttribute("building", building);
        model.addAttribute("offer", building ? desk.offer(id) : null);
        boolean ready = writable && quote.getState() == QuoteState.READY;
        model.addAttribute("terms", ready ? desk.terms(id) : null);
        List<ContactView> contacts = ready ? pipeline.contactsOf(quote.getCustomer()) : List.of();
        model.addAttribute("contacts", contacts);
        model.addAttribute("order", quote.getSalesOrder() == null ? null : desk.orderOf(id).orElse(null));
        defaults(model);
        return "sales/quote";
    }

    /** The page's live regions (summary, lines, adding, the customer's decision) in one answer; same rights as the page. */
    @GetMapping("/sales/quotes/{id}/live")
    String live(@PathVariable long id, Model model) {
        page(id, model);
        return "sales/quote-live :: live";
    }

    @PostMapping("/sales/quotes/{id}/options")
    String addOption(@PathVariable long id, @ModelAttribute("optionForm") OptionForm form, BindingResult result,
                     Model model, RedirectAttributes redirect) {
        return addLine(id, result, model, redirect, () -> desk.addOption(id, null, form.getItemKey(), form.getQuantity()),
                line -> "Line " + line.getNumber() + " added: " + line.getDescription() + ".");
    }

    @PostMapping("/sales/quotes/{id}/customisations")
    String addCustomisation(@PathVariable long id, @ModelAttribute("customisationForm") CustomisationForm form,
                            BindingResult result, Model model, RedirectAttributes redirect) {
        return addLine(id, result, model, redirect, () -> desk.addCustomisation(id, null, form.input()),
                line -> "Line " + line.getNumber() + " sent to the project team as CR-" + line.getChangeRequest() + ".");
    }

    /**
     * Adds a line and goes back to it; a refusal of the input is shown next to its field on the page, a conflict
     * (the quote no longer takes lines) as a message at the top, and a quote the person may not see or change is
     * answered as such.
     */
    private String addLine(long id, BindingResult result, Model model, RedirectAttributes redirect,
                           java.util.function.Supplier<Quote> add, java.util.function.Function<QuoteLine, String> told) {
        if (!result.hasErrors()) {
            try {
                QuoteLine line = last(add.get());
                redirect.addFlashAttribute("flash", told.apply(line));
                return "redirect:/sales/quotes/" + id + "#line-" + line.getNumber();
            } catch (NotPermittedException | NotFoundException refused) {
                throw refused;
            } catch (ConflictException conflict) {
                redirect.addFlashAttribute("flashError", conflict.getMessage() + " Nothing was added.");
                return "redirect:/sales/quotes/" + id;
            } catch (DomainException refused) {
                FormErrors.show(refused, result, QuoteForms.FIELDS);
            }
        }
        return page(id, model);
    }

    @PostMapping("/sales/quotes/{id}/lines/{n}/remove")
    String remove(@PathVariable long id, @PathVariable int n, @RequestParam(required = false) Long version,
                  RedirectAttributes redirect) {
        try {
            desk.removeLine(id, version, n);
            redirect.addFlashAttribute("flash", "Line " + n + " was removed.");
        } catch (NotPermittedException | NotFoundException refused) {
            throw refused;
        } catch (DomainException refused) {
            redirect.addFlashAttribute("flashError", refused.getMessage() + " Nothing was changed.");
        }
        return "redirect:/sales/quotes/" + id + "#line-" + n;
    }

    @PostMapping("/sales/quotes/{id}/lines/{n}/reword")
    String reword(@PathVariable long id, @PathVariable int n, @RequestParam(required = false) Long version,
                  @ModelAttribute("rewordForm") CustomisationForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        form.setLine(n);
        if (!result.hasErrors()) {
            try {
                Quote quote = desk.reword(id, version, n, form.input());
                QuoteLine line = last(quote);
                redirect.addFlashAttribute("flash", "Line " + n + " was reworded as line " + line.getNumber()
                        + " and sent to the project team as CR-" + line.getChangeRequest() + ".");
                return "redirect:/sales/quotes/" + id + "#line-" + line.getNumber();
            } catch (NotPermittedException | NotFoundException refused) {
                throw refused;
            } catch (ConflictException conflict) {
                result.reject(conflict.code(), conflict.getMessage());
            } catch (DomainException refused) {
                FormErrors.show(refused, result, QuoteForms.FIELDS);
            }
        }
        return page(id, model);
    }

    @PostMapping("/sales/quotes/{id}/accept")
    String accept(@PathVariable long id, @RequestParam(required = false) Long version,
                  @ModelAttribute("acceptForm") AcceptForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                Quote quote = desk.accept(id, version, form.acceptance());
                redirect.addFlashAttribute("flash", quote.getAcceptedByName() + " accepted " + quote.key() + ".");
                return "redirect:/sales/quotes/" + id;
            } catch (NotPermittedException | NotFoundException refused) {
                throw refused;
            } catch (ConflictException conflict) {
                if (desk.quote(id).getState() != QuoteState.READY) {
                    redirect.addFlashAttribute("flashError", conflict.getMessage() + " Nothing was accepted.");
                    return "redirect:/sales/quotes/" + id;
                }
                result.reject(conflict.code(), conflict.getMessage() + " Check the terms below again.");
            } catch (DomainException refused) {
                FormErrors.show(refused, result, QuoteForms.FIELDS);
            }
        }
        return page(id, model);
    }

    @PostMapping("/sales/quotes/{id}/decline")
    String decline(@PathVariable long id, @RequestParam(required = false) Long version,
                   @ModelAttribute("declineForm") DeclineForm form, BindingResult result, Model model,
                   RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                Quote quote = desk.decline(id, version, form.getReason());
                redirect.addFlashAttribute("flash", quote.key() + " was declined.");
                return "redirect:/sales/quotes/" + id;
            } catch (NotPermittedException | NotFoundException refused) {
                throw refused;
            } catch (ConflictException conflict) {
                result.reject(conflict.code(), conflict.getMessage());
            } catch (DomainException refused) {
                FormErrors.show(refused, result, QuoteForms.FIELDS);
            }
        }
        return page(id, model);
    }

    @PostMapping("/sales/quotes/{id}/book")
    String book(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            SalesOrder order = desk.book(id, version);
            redirect.addFlashAttribute("flash", "Order " + order.number() + " was booked.");
            return "redirect:/sales/orders/" + order.getId();
        } catch (NotPermittedException | NotFoundException refused) {
            throw refused;
        } catch (DomainException refused) {
            redirect.addFlashAttribute("flashError", refused.getMessage() + " Nothing was booked.");
            return "redirect:/sales/quotes/" + id;
        }
    }

    private static void defaults(Model model) {
        for (String name : FORMS) {
            if (!model.containsAttribute(name)) {
                model.addAttribute(name, switch (name) {
                    case "optionForm" -> new OptionForm();
                    case "acceptForm" -> new AcceptForm();
                    case "declineForm" -> new DeclineForm();
                    default -> new CustomisationForm();
                });
            }
        }
    }

    private static QuoteLine last(Quote quote) {
        List<QuoteLine> lines = quote.getLines();
        return lines.get(lines.size() - 1);
    }

    /**
     * A line as the page shows it: the line, how long its answer took (or has been awaited), and when the question
     * was asked, for the ticking timer.
     */
    record Row(QuoteLine line, String waited, Long askedAtMillis) {

        static Row of(QuoteLine line, Instant now) {
            Duration waited = line.isCustomisation() && line.getAskedAt() != null ? line.waited(now) : null;
            return new Row(line, waited == null ? null : duration(waited),
                    line.getAskedAt() == null ? null : line.getAskedAt().toEpochMilli());
        }

        /** "47 s", "1 min 12 s", "2 h 5 min", "3 d 4 h". */
        static String duration(Duration duration) {
            long seconds = Math.max(0, duration.getSeconds());
            if (seconds < 60) {
                return seconds + " s";
            }
            if (seconds < 3600) {
                return seconds / 60 + " min " + seconds % 60 + " s";
            }
            if (seconds < 86_400) {
                return seconds / 3600 + " h " + seconds % 3600 / 60 + " min";
            }
            return seconds / 86_400 + " d " + seconds % 86_400 / 3600 + " h";
        }
    }
}
