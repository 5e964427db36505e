package org.integrationgateway.stagegate.web;

import org.integrationgateway.shared.FormErrors;
import org.integrationgateway.shared.DomainException;
import org.integrationgateway.stagegate.CriterionKind;
import org.integrationgateway.stagegate.DecisionRule;
import org.integrationgateway.stagegate.ProcessTemplate;
import org.integrationgateway.stagegate.TemplateCatalog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The template list, a revision's page, and the editor (administrators and PMO); saving stores a new revision. */
@Controller
@PreAuthorize("hasAnyRole('ADMINISTRATOR','PMO','STAFF')")
class TemplateWebController {

    private final TemplateCatalog catalog;

    TemplateWebController(TemplateCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/stagegate/templates")
    String list(Model model) {
        model.addAttribute("templates", catalog.latest());
        return "stagegate/templates";
    }

    @GetMapping("/stagegate/templates/revisions/{id}")
    String revision(@PathVariable long id, Model model) {
        ProcessTemplate template = catalog.revision(id);
        model.addAttribute("template", template);
        model.addAttribute("revisions", catalog.revisions(template.getCode()));
        return "stagegate/template";
    }

    @GetMapping("/stagegate/templates/new")
    @PreAuthorize("@stagegatePermissions.canEditTemplates()")
    String createForm(Model model) {
        return editor(new TemplateForm().withBlankRows(), false, model);
    }

    @PostMapping("/stagegate/templates")
    @PreAuthorize("@stagegatePermissions.canEditTemplates()")
    String create(@ModelAttribute("form") TemplateForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!TemplateForm.filled(form.getCode()) || !form.getCode().trim().matches(StagegateApi.CODE_PATTERN)
                || form.getCode().trim().length() > 20) {
            result.rejectValue("code", "invalid", "Give a code of up to 20 letters, digits, - or _.");
        }
        return save(form, result, model, redirect, false);
    }

    @GetMapping("/stagegate/templates/{code}/edit")
    @PreAuthorize("@stagegatePermissions.canEditTemplates()")
    String editForm(@PathVariable String code, Model model) {
        return editor(TemplateForm.of(catalog.latest(code)).withBlankRows(), true, model);
    }

    @PostMapping("/stagegate/templates/{code}")
    @PreAuthorize("@stagegatePermissions.canEditTemplates()")
    String edit(@PathVariable String code, @ModelAttribute("form") TemplateForm form, BindingResult result, Model model,
                RedirectAttributes redirect) {
        form.setCode(catalog.latest(code).getCode());
        if (form.getVersion() == null) {
            result.reject("stale-version", "Reload the template and apply your change again.");
        }
        return save(form, result, model, redirect, true);
    }

    private String save(TemplateForm form, BindingResult result, Model model, RedirectAttributes redirect, boolean editing) {
        if (!TemplateForm.filled(form.getName())) {
            result.rejectValue("name", "required", "Give the template a name.");
        }
        String tooLong = form.tooLong();
        if (tooLong != null) {
            result.rejectValue(tooLong, "too-long", "A text is too long (names up to 100–200 characters).");
        }
        if (!result.hasErrors()) {
            try {
                ProcessTemplate saved = editing ? catalog.revise(form.getCode(), form.getVersion(), form.definition())
                        : catalog.create(form.getCode(), form.definition());
                redirect.addFlashAttribute("flash", "Revision " + saved.getRevision() + " of " + saved.getCode() + " was saved.");
                return "redirect:/stagegate/templates/revisions/" + saved.getId();
            } catch (DomainException refused) {
                FormErrors.show(refused, result, java.util.Map.of());
            }
        }
        return editor(form, editing, model);
    }

    private String editor(TemplateForm form, boolean editing, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("rules", DecisionRule.values());
        model.addAttribute("kinds", CriterionKind.values());
        return "stagegate/template-form";
    }
}
