package org.integrationgateway.identity.web;

import org.integrationgateway.shared.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.integrationgateway.identity.FirstRunSetup;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The one-time setup page: public, but useful only with the setup token logged at first start, and only while no
 * account exists. Anything else answers 404.
 */
@Controller
@RequestMapping("/setup")
class SetupWebController {

    private final FirstRunSetup setup;
    private final MessageSource messages;

    SetupWebController(FirstRunSetup setup, MessageSource messages) {
        this.setup = setup;
        this.messages = messages;
    }

    @GetMapping
    String form(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        if (!setup.isOpen(token)) {
            return closed(response);
        }
        SetupForm form = new SetupForm();
        form.setToken(token);
        model.addAttribute("form", form);
        return "identity/setup";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") SetupForm form, BindingResult result, Model model,
                  HttpServletResponse response) {
        if (!setup.isOpen(form.getToken())) {
            return closed(response);
        }
        if (form.getPassword() != null && !form.getPassword().equals(form.getConfirmation())) {
            result.rejectValue("confirmation", "mismatch", text("setup.mismatch"));
        }
        if (result.hasErrors()) {
            return "identity/setup";
        }
        try {
            setup.createFirstAdministrator(form.getToken(), form.getEmail(), form.getDisplayName(), form.getPassword());
            return "redirect:/login?setupDone";
        } catch (ConflictException ex) {
            return closed(response);
        } catch (DomainException ex) {
            FormErrors.show(ex, result);
            return "identity/setup";
        }
    }

    private static String closed(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "identity/setup-closed";
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
