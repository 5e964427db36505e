package org.integrationgateway.identity.web;

import org.integrationgateway.shared.FormErrors;
import jakarta.validation.Valid;
import java.util.Set;
import org.integrationgateway.identity.AccountChange;
import org.integrationgateway.identity.AccountManagement;
import org.integrationgateway.identity.NewAccount;
import org.integrationgateway.identity.PasswordResetResult;
import org.integrationgateway.identity.Role;
import org.integrationgateway.identity.UserAccountDetails;
import org.integrationgateway.identity.UserAccountQuery;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.DomainException;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.shared.Paging;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
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
import org.springframework.web.util.UriComponentsBuilder;

/** Administrators' pages for user accounts: list, create, edit roles, disable and enable, reset password. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class UserAdminWebController {

    private static final Set<String> SORTABLE = Set.of("displayName", "email", "createdAt");

    private final AccountManagement accounts;
    private final MessageSource messages;

    UserAdminWebController(AccountManagement accounts, MessageSource messages) {
        this.accounts = accounts;
        this.messages = messages;
    }

    @ModelAttribute("allRoles")
    Role[] allRoles() {
        return Role.values();
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
                @RequestParam(required = false) Boolean enabled, @RequestParam(required = false) Integer page,
                @RequestParam(required = false) String sort, Model model) {
        Page<UserAccountDetails> users = accounts.search(new UserAccountQuery(q, role, enabled),
                Paging.of(page, null, sort, SORTABLE, Sort.by("displayName")));
        model.addAttribute("users", users);
        model.addAttribute("q", q);
        model.addAttribute("role", role);
        model.addAttribute("enabled", enabled);
        model.addAttribute("baseUrl", UriComponentsBuilder.fromPath("/admin/users").queryParamIfPresent("q",
                        java.util.Optional.ofNullable(q).filter(s -> !s.isBlank()))
                .queryParamIfPresent("role", java.util.Optional.ofNullable(role))
                .queryParamIfPresent("enabled", java.util.Optional.ofNullable(enabled))
                .queryParamIfPresent("sort", java.util.Optional.ofNullable(sort).filter(s -> !s.isBlank()))
                .encode().build().toUriString());
        return "admin/users";
    }

    @GetMapping("/new")
    String newUser(Model model) {
        model.addAttribute("form", new NewUserForm());
        return "admin/users-new";
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") NewUserForm form, BindingResult result, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return "admin/users-new";
        }
        try {
            long id = accounts.createAccount(new NewAccount(form.getEmail(), form.getDisplayName(), form.getPassword(),
                    form.getRoles(), form.getCustomerOrganisation()));
            redirect.addFlashAttribute("flash", text("users.created.flash", form.getEmail()));
            return "redirect:/admin/users/" + id;
        } catch (ConflictException ex) {
            FormErrors.show(result, "email", ex.code(), ex.getMessage());
        } catch (DomainException ex) {
            FormErrors.show(ex, result);
        }
        return "admin/users-new";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        UserAccountDetails account = accounts.find(id);
        return detail(account, EditUserForm.of(account), passwordFormOf(account), model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") EditUserForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        UserAccountDetails account = accounts.find(id);
        if (!result.hasErrors()) {
            try {
                accounts.update(id, new AccountChange(form.getDisplayName(), form.getRoles(),
                        form.getCustomerOrganisation(), form.getVersion()));
                redirect.addFlashAttribute("flash", text("users.saved"));
                return "redirect:/admin/users/" + id;
            } catch (OptimisticLockingFailureException ex) {
                FormErrors.show(result, null, "stale-version", ConflictException.staleVersion("The account").getMessage());
            } catch (DomainException ex) {
                FormErrors.show(ex, result);
            }
        }
        return detail(account, form, passwordFormOf(account), model);
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return changeAccess(id, redirect, () -> accounts.disable(id, version), "users.disabled.flash");
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return changeAccess(id, redirect, () -> accounts.enable(id, version), "users.enabled.flash");
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, @Valid @ModelAttribute("passwordForm") PasswordResetForm form,
                         BindingResult result, Model model, RedirectAttributes redirect) {
        UserAccountDetails account = accounts.find(id);
        if (!form.isGenerate() && (form.getPassword() == null || form.getPassword().isEmpty())) {
            result.rejectValue("password", "required", "Enter the new password, or choose to generate one.");
        }
        if (!result.hasErrors()) {
            try {
                PasswordResetResult reset = accounts.resetPassword(id, form.isGenerate() ? null : form.getPassword(),
                        form.getVersion());
                if (reset.generatedPassword() == null) {
                    redirect.addFlashAttribute("flash", text("users.passwordReset.done"));
                    return "redirect:/admin/users/" + id;
                }
                model.addAttribute("generatedPassword", reset.generatedPassword());
                model.addAttribute("flash", text("users.passwordReset.done"));
                return detail(reset.account(), EditUserForm.of(reset.account()), passwordFormOf(reset.account()), model);
            } catch (OptimisticLockingFailureException ex) {
                FormErrors.show(result, null, "stale-version", ConflictException.staleVersion("The account").getMessage());
            } catch (NotFoundException ex) {
                throw ex;
            } catch (DomainException ex) {
                FormErrors.show(ex, result);
            }
        }
        return detail(account, EditUserForm.of(account), form, model);
    }

    private String changeAccess(long id, RedirectAttributes redirect, Runnable change, String doneKey) {
        try {
            change.run();
            redirect.addFlashAttribute("flash", text(doneKey));
        } catch (NotFoundException ex) {
            throw ex;
        } catch (DomainException ex) {
            redirect.addFlashAttribute("flashError", ex.getMessage());
        } catch (OptimisticLockingFailureException ex) {
            redirect.addFlashAttribute("flashError", ConflictException.staleVersion("The account").getMessage());
        }
        return "redirect:/admin/users/" + id;
    }

    private static String detail(UserAccountDetails account, EditUserForm form, PasswordResetForm passwordForm,
                                 Model model) {
        model.addAttribute("account", account);
        model.addAttribute("form", form);
        model.addAttribute("passwordForm", passwordForm);
        return "admin/users-detail";
    }

    private static PasswordResetForm passwordFormOf(UserAccountDetails account) {
        PasswordResetForm form = new PasswordResetForm();
        form.setVersion(account.version());
        return form;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
