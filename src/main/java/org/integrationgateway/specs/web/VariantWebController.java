package org.integrationgateway.specs.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.integrationgateway.organisation.CustomerManagement;
import org.integrationgateway.organisation.CustomerView;
import org.integrationgateway.portfolio.Portfolio;
import org.integrationgateway.shared.DomainException;
import org.integrationgateway.shared.FormErrors;
import org.integrationgateway.shared.NotPermittedException;
import org.integrationgateway.specs.Baseline;
import org.integrationgateway.specs.Baselining;
import org.integrationgateway.specs.DeliveredSpec;
import org.integrationgateway.specs.SpecPermissions;
import org.integrationgateway.specs.Variant;
import org.integrationgateway.specs.VariantCatalog;
import org.integrationgateway.specs.VariantOverride;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Customer and order variants of a project's spec: the list, a new variant on a baseline, and a variant's page: the
 * spec as delivered (overrides marked, conflicts flagged in words), an override form per item, resolving a conflict
 * by keeping or dropping the override, and carrying the variant forward to a later baseline.
 */
@Controller
@PreAuthorize("@specPermissions.canRead()")
class VariantWebController {

    private static final int MAX_CUSTOMERS = 500;

    private final VariantCatalog variants;
    private final Baselining baselining;
    private final SpecPermissions permissions;
    private final Portfolio portfolio;
    private final CustomerManagement customers;
    private final MessageSource messages;

    VariantWebController(VariantCatalog variants, Baselining baselining, SpecPermissions permissions, Portfolio portfolio,
                         CustomerManagement customers, MessageSource messages) {
        this.messages = messages;
        this.variants = variants;
        this.baselining = baselining;
        this.permissions = permissions;
        this.portfolio = portfolio;
        this.customers = customers;
    }

    @GetMapping("/projects/{projectId}/variants")
    String list(@PathVariable long projectId, Model model) {
        List<Variant> list = variants.variants(projectId);
        model.addAttribute("project", portfolio.project(projectId));
        model.addAttribute("variants", list);
        model.addAttribute("baselineKeys", baselineKeys(projectId));
        model.addAttribute("customerNames", customerNames());
        model.addAttribute("canEdit", permissions.canEdit(projectId));
        return "specs/variants";
    }

    @GetMapping("/projects/{projectId}/variants/new")
    @PreAuthorize("@specPermissions.canEdit(#projectId)")
    String newVariant(@PathVariable long projectId, Model model) {
        VariantForm form = new VariantForm();
        List<Baseline> baselines = baselining.baselines(projectId);
        if (!baselines.isEmpty()) {
            form.setBaselineId(baselines.get(0).getId());
        }
        return form(projectId, form, model);
    }

    @PostMapping("/projects/{projectId}/variants")
    @PreAuthorize("@specPermissions.canEdit(#projectId)")
    String create(@PathVariable long projectId, @ModelAttribute("form") VariantForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                Variant variant = variants.create(projectId, form.input());
                redirect.addFlashAttribute("flash", "The variant \"" + variant.getName() + "\" was created.");
                return "redirect:/variants/" + variant.getId();
            } catch (NotPermittedException refused) {
                throw refused;
            } catch (DomainException refused) {
                FormErrors.show(refused, result, Map.of("customer", "customerId", "baseline", "baselineId"));
            }
        }
        return form(projectId, form, model);
    }

    private String form(long projectId, VariantForm form, Model model) {
        model.addAttribute("project", portfolio.project(projectId));
        model.addAttribute("form", form);
        model.addAttribute("baselines", baselining.baselines(projectId));
        model.addAttribute("customers", customerNames());
        return "specs/variant-form";
    }

    // ---- a variant ------------------------------------------------------------------------------------------------

    @GetMapping("/variants/{id}")
    String variant(@PathVariable long id, Model model) {
        return page(variants.variant(id), null, Map.of(), model);
    }

    @PostMapping("/variants/{id}/overrides")
    String override(@PathVariable long id, @ModelAttribute("overrideForm") OverrideForm form, BindingResult result,
                    Model model, RedirectAttributes redirect) {
        Variant variant = editable(id);
        if (!result.hasErrors()) {
            try {
                variants.override(id, form.getVersion(), form.getItemKey(), form.input());
                redirect.addFlashAttribute("flash", "The override of " + form.getItemKey() + " was saved.");
                return "redirect:/variants/" + id;
            } catch (NotPermittedException refused) {
                throw refused;
            } catch (DomainException refused) {
                FormErrors.show(refused, result);
            }
        }
        return page(variant, form, errors(result), model);
    }

    @PostMapping("/variants/{id}/overrides/{itemKey}/delete")
    String removeOverride(@PathVariable long id, @PathVariable String itemKey, @RequestParam(required = false) Long version,
                          RedirectAttributes redirect) {
        editable(id);
        return act(id, redirect, () -> variants.removeOverride(id, version, itemKey),
                "The override of " + itemKey + " was removed.");
    }

    @PostMapping("/variants/{id}/overrides/{itemKey}/resolve")
    String resolve(@PathVariable long id, @PathVariable String itemKey, @RequestParam(required = false) Long version,
                   @RequestParam(defaultValue = "false") boolean keep, RedirectAttributes redirect) {
        editable(id);
        return act(id, redirect, () -> variants.resolve(id, version, itemKey, keep), keep
                ? "The override of " + itemKey + " now applies to the item's new revision."
                : "The override of " + itemKey + " was dropped; the baseline's text applies.");
    }

    @PostMapping("/variants/{id}/carry-forward")
    String carryForward(@PathVariable long id, @RequestParam(required = false) Long version,
                        @RequestParam(required = false) Long baselineId, RedirectAttributes redirect) {
        editable(id);
        if (baselineId == null) {
            redirect.addFlashAttribute("flashError", "Choose the baseline to carry the variant forward to. Nothing was changed.");
            return "redirect:/variants/" + id;
        }
        return act(id, redirect, () -> variants.carryForward(id, version, baselineId),
                "The variant was carried forward to " + baselining.baseline(baselineId).key() + ".");
    }

    private String act(long id, RedirectAttributes redirect, java.util.function.Supplier<Variant> action, String done) {
        try {
            action.get();
            redirect.addFlashAttribute("flash", done);
        } catch (NotPermittedException refused) {
            throw refused;
        } catch (DomainException refused) {
            redirect.addFlashAttribute("flashError", refused.getMessage() + " Nothing was changed.");
        }
        return "redirect:/variants/" + id;
    }

    private Variant editable(long id) {
        Variant variant = variants.variant(id);
        if (!permissions.canEdit(variant.getProject())) {
            throw new NotPermittedException("not-permitted", "You cannot change the variants of this project.");
        }
        return variant;
    }

    /**
     * The variant page; {@code draft} is an override form that was refused (shown again at its item with
     * {@code draftErrors}, field name to message).
     */
    private String page(Variant variant, OverrideForm draft, Map<String, String> draftErrors, Model model) {
        DeliveredSpec delivered = variants.delivered(variant.getId());
        Baseline baseline = delivered.baseline();
        List<Baseline> later = baselining.baselines(variant.getProject()).stream()
                .filter(b -> b.getNumber() > baseline.getNumber()).toList();
        model.addAttribute("variant", variant);
        model.addAttribute("overrides", variant.getOverrides().stream()
                .collect(Collectors.toMap(VariantOverride::itemKey, o -> o, (a, b) -> b)));
        model.addAttribute("delivered", delivered);
        model.addAttribute("baseline", baseline);
        model.addAttribute("laterBaselines", later);
        model.addAttribute("project", portfolio.project(variant.getProject()));
        model.addAttribute("customerName", variant.getCustomer() == null ? null : customerNames().get(variant.getCustomer()));
        model.addAttribute("canEdit", permissions.canEdit(variant.getProject()));
        model.addAttribute("draft", draft);
        model.addAttribute("draftErrors", draftErrors);
        model.addAttribute("globalError", draft == null ? null : draftErrors.get(""));
        return "specs/variant";
    }

    private Map<String, String> errors(BindingResult result) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : result.getFieldErrors()) {
            errors.putIfAbsent(error.getField(), messages.getMessage(error, LocaleContextHolder.getLocale()));
        }
        result.getGlobalErrors().stream().findFirst()
                .ifPresent(e -> errors.put("", messages.getMessage(e, LocaleContextHolder.getLocale())));
        return errors;
    }

    private Map<Long, String> baselineKeys(long projectId) {
        return baselining.baselines(projectId).stream().collect(Collectors.toMap(Baseline::getId, Baseline::key));
    }

    private Map<Long, String> customerNames() {
        return customers.list(null, PageRequest.of(0, MAX_CUSTOMERS, Sort.by("name"))).getContent().stream()
                .collect(Collectors.toMap(CustomerView::id, CustomerView::name, (a, b) -> a, LinkedHashMap::new));
    }
}
