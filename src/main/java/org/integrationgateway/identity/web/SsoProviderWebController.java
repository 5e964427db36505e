package org.integrationgateway.identity.web;

import java.util.List;
import org.integrationgateway.identity.FirstSignIn;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.SsoProviderAdministration;
import org.integrationgateway.identity.SsoProviderView;
import org.integrationgateway.shared.DomainException;
import org.integrationgateway.shared.FormErrors;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators' pages for single sign-on providers: the list, the form to add or change one (the client secret
 * is a write-only field) and removal. A provider whose discovery document cannot be read is not saved and the form
 * says why.
 */
@Controller
@RequestMapping("/admin/sso-providers")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class SsoProviderWebController {

    private final SsoProviderAdministration providers;
    private final MessageSource messages;

    SsoProviderWebController(SsoProviderAdministration providers, MessageSource messages) {
        this.providers = providers;
        this.messages = messages;
    }

    @ModelAttribute("firstSignInOptions")
    FirstSignIn[] firstSignInOptions() {
        return FirstSignIn.values();
    }

    @ModelAttribute("mappableRoles")
    List<Role> mappableRoles() {
        return List.of(Role.ADMINISTRATOR, Role.PMO, Role.STAFF);
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("providers", providers.list());
        return "admin/sso-providers";
    }

    @GetMapping("/new")
    String newProvider(Model model) {
        model.addAttribute("form", new SsoProviderForm());
        return "admin/sso-provider-form";
    }

    @PostMapping("/new")
    String create(@ModelAttribute("form") SsoProviderForm form, BindingResult result, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return "admin/sso-provider-form";
        }
        try {
            SsoProviderView created = providers.create(form.details());
            redirect.addFlashAttribute("flash", text("sso.created", created.displayName()));
            return "redirect:/admin/sso-providers";
        } catch (DomainException ex) {
            FormErrors.show(ex, result);
            return "admin/sso-provider-form";
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        SsoProviderView provider = providers.get(id);
        model.addAttribute("provider", provider);
        model.addAttribute("form", SsoProviderForm.of(provider));
        return "admin/sso-provider-form";
    }

    @PostMapping("/{id}")
    String change(@PathVariable long id, @ModelAttribute("form") SsoProviderForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        SsoProviderView provider = providers.get(id);
        model.addAttribute("provider", provider);
        if (result.hasErrors()) {
            return "admin/sso-provider-form";
        }
        try {
            SsoProviderView changed = providers.change(id, form.getVersion(), form.details());
            redirect.addFlashAttribute("flash", text("sso.saved", changed.displayName()));
            return "redirect:/admin/sso-providers";
        } catch (DomainException ex) {
            FormErrors.show(ex, result);
            return "admin/sso-provider-form";
        }
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        SsoProviderView provider = providers.get(id);
        providers.delete(id);
        redirect.addFlashAttribute("flash", text("sso.deleted", provider.displayName()));
        return "redirect:/admin/sso-providers";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
