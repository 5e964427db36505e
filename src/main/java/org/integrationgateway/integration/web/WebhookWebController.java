package org.integrationgateway.integration.web;

import jakarta.validation.Valid;
import org.integrationgateway.integration.IssuedWebhookSecret;
import org.integrationgateway.integration.WebhookEndpointView;
import org.integrationgateway.integration.Webhooks;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.DomainException;
import org.integrationgateway.shared.FormErrors;
import org.integrationgateway.shared.Paging;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

/**
 * Administrators' pages for webhooks: the endpoint list with status and last delivery, the form, the detail page
 * with the delivery log, redelivery, secret rotation (the new secret is shown on the answering page only, never
 * put in the session) and enabling or disabling.
 */
@Controller
@RequestMapping("/admin/webhooks")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class WebhookWebController {

    private final Webhooks webhooks;
    private final MessageSource messages;

    WebhookWebController(Webhooks webhooks, MessageSource messages) {
        this.webhooks = webhooks;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("endpoints", webhooks.list(Paging.of(page, null, null, Webhooks.SORT_FIELDS,
                Webhooks.DEFAULT_SORT)));
        return "integration/webhooks";
    }

    @GetMapping("/new")
    String newEndpoint(Model model) {
        model.addAttribute("form", new WebhookForm());
        return "integration/webhook-form";
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") WebhookForm form, BindingResult result, Model model) {
        if (!result.hasErrors()) {
            try {
                IssuedWebhookSecret created = webhooks.create(form.details());
                model.addAttribute("newSecret", created.secret());
                model.addAttribute("flash", text("webhooks.created.flash"));
                return detail(created.endpoint(), null, model);
            } catch (DomainException ex) {
                FormErrors.show(ex, result);
            }
        }
        return "integration/webhook-form";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) Integer page, Model model) {
        return detail(webhooks.get(id), page, model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        WebhookEndpointView endpoint = webhooks.get(id);
        model.addAttribute("endpoint", endpoint);
        model.addAttribute("form", WebhookForm.of(endpoint));
        return "integration/webhook-form";
    }

    @PostMapping("/{id}/edit")
    String change(@PathVariable long id, @Valid @ModelAttribute("form") WebhookForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        WebhookEndpointView endpoint = webhooks.get(id);
        if (!result.hasErrors()) {
            try {
                webhooks.change(id, form.getVersion() == null ? -1 : form.getVersion(), form.details());
                redirect.addFlashAttribute("flash", text("webhooks.saved"));
                return "redirect:/admin/webhooks/" + id;
            } catch (OptimisticLockingFailureException ex) {
                FormErrors.show(result, null, "stale-version",
                        ConflictException.staleVersion("The webhook endpoint").getMessage());
            } catch (DomainException ex) {
                FormErrors.show(ex, result);
            }
        }
        model.addAttribute("endpoint", endpoint);
        return "integration/webhook-form";
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return act(id, redirect, () -> webhooks.setEnabled(id, version, true), "webhooks.enabled.flash");
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return act(id, redirect, () -> webhooks.setEnabled(id, version, false), "webhooks.disabled.flash");
    }

    @PostMapping("/{id}/rotate")
    String rotate(@PathVariable long id, @RequestParam(required = false) Long version, Model model,
                  RedirectAttributes redirect) {
        try {
            IssuedWebhookSecret rotated = webhooks.rotateSecret(id, version);
            model.addAttribute("newSecret", rotated.secret());
            model.addAttribute("flash", text("webhooks.rotated.flash"));
            return detail(rotated.endpoint(), null, model);
        } catch (ConflictException ex) {
            redirect.addFlashAttribute("flashError", ex.getMessage());
            return "redirect:/admin/webhooks/" + id;
        }
    }

    @PostMapping("/{id}/redeliver")
    String redeliver(@PathVariable long id, @RequestParam(required = false) String eventId,
                     RedirectAttributes redirect) {
        return act(id, redirect, () -> webhooks.redeliver(id, WebhookApiController.eventId(eventId)),
                "webhooks.redeliver.flash");
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        webhooks.delete(id);
        redirect.addFlashAttribute("flash", text("webhooks.deleted.flash"));
        return "redirect:/admin/webhooks";
    }

    private String act(long id, RedirectAttributes redirect, Runnable action, String doneKey) {
        webhooks.get(id);
        try {
            action.run();
            redirect.addFlashAttribute("flash", text(doneKey));
        } catch (DomainException ex) {
            redirect.addFlashAttribute("flashError", ex.getMessage());
        }
        return "redirect:/admin/webhooks/" + id;
    }

    private String detail(WebhookEndpointView endpoint, Integer page, Model model) {
        model.addAttribute("endpoint", endpoint);
        model.addAttribute("attempts", webhooks.deliveries(endpoint.id(),
                Paging.of(page, null, null, java.util.Set.of(), Sort.by(Sort.Direction.DESC, "id"))));
        model.addAttribute("baseUrl", "/admin/webhooks/" + endpoint.id());
        return "integration/webhook";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
