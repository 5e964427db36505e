package org.integrationgateway.identity.web;

import org.integrationgateway.shared.FormErrors;
import jakarta.validation.Valid;
import java.util.Set;
import org.integrationgateway.identity.ApiTokenManagement;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.identity.IssuedApiToken;
import org.integrationgateway.shared.DomainException;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.shared.Paging;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

/** Every signed-in person's page of their own personal API tokens. */
@Controller
@RequestMapping("/account/tokens")
@PreAuthorize("isAuthenticated()")
class ApiTokenWebController {

    private final ApiTokenManagement tokens;
    private final MessageSource messages;

    ApiTokenWebController(ApiTokenManagement tokens, MessageSource messages) {
        this.tokens = tokens;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("form", new NewTokenForm());
        return page(page, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") NewTokenForm form, BindingResult result, Model model) {
        if (!result.hasErrors()) {
            try {
                IssuedApiToken issued = tokens.create(me().accountId(), form.getName(), form.getExpiresInDays());
                model.addAttribute("secret", issued.secret());
                model.addAttribute("form", new NewTokenForm());
            } catch (DomainException ex) {
                FormErrors.show(ex, result);
            }
        }
        return page(null, model);
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(me().accountId(), id);
        redirect.addFlashAttribute("flash", messages.getMessage("tokens.revoked", null, LocaleContextHolder.getLocale()));
        return "redirect:/account/tokens";
    }

    private String page(Integer page, Model model) {
        model.addAttribute("tokens", tokens.list(me().accountId(),
                Paging.of(page, null, null, Set.of(), Sort.by(Sort.Direction.DESC, "createdAt"))));
        return "identity/tokens";
    }

    private static CurrentUser me() {
        return CurrentUser.get().orElseThrow(() -> new NotFoundException("Account", "current"));
    }
}
