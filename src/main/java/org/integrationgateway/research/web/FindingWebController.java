package org.integrationgateway.research.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.integrationgateway.portfolio.Portfolio;
import org.integrationgateway.portfolio.Project;
import org.integrationgateway.portfolio.ProjectFilter;
import org.integrationgateway.research.Bearing;
import org.integrationgateway.research.Confidence;
import org.integrationgateway.research.EvidenceSource;
import org.integrationgateway.research.Finding;
import org.integrationgateway.research.FindingAction;
import org.integrationgateway.research.FindingState;
import org.integrationgateway.research.Research;
import org.integrationgateway.research.web.FindingForms.ChangeForm;
import org.integrationgateway.research.web.FindingForms.DismissForm;
import org.integrationgateway.research.web.FindingForms.EvidenceForm;
import org.integrationgateway.research.web.FindingForms.FactsForm;
import org.integrationgateway.research.web.FindingForms.InterpretationForm;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.DomainException;
import org.integrationgateway.shared.FormErrors;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.shared.NotPermittedException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
 * A finding's pages: the new-finding form, the finding (facts, evidence as safe Markdown, what it bears on, its
 * actions) with the interpretation editor and the three actions for marketing, and the correction form. Refusals of
 * the domain are shown next to the field they name; a conflict (stale version, already actioned) is told above the
 * page and nothing is changed. Staff read; marketing people, administrators and PMO write (403 for other staff);
 * customers get 404.
 */
@Controller
@PreAuthorize("@researchPermissions.canRead()")
class FindingWebController {

    /** The projects offered in the interpretation editor's select (by code). */
    static final int PROJECT_CHOICES = 200;

    private final Research research;
    private final Portfolio portfolio;

    FindingWebController(Research research, Portfolio portfolio) {
        this.research = research;
        this.portfolio = portfolio;
    }

    @GetMapping("/research/findings/new")
    @PreAuthorize("@researchPermissions.canWrite()")
    String newFinding(Model model) {
        FactsForm form = new FactsForm();
        form.setObservedOn(research.today());
        form.setConfidence(Confidence.MEDIUM);
        return factsForm(model, form, null);
    }

    @PostMapping("/research/findings")
    @PreAuthorize("@researchPermissions.canWrite()")
    String create(@ModelAttribute("facts") FactsForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                Finding finding = research.surface(form.draft());
                redirect.addFlashAttribute("flash", finding.key() + " was surfaced.");
                return "redirect:/research/findings/" + finding.getId();
            } catch (NotPermittedException | NotFoundException refused) {
                throw refused;
            } catch (DomainException refused) {
                FormErrors.show(refused, result);
            }
        }
        return factsForm(model, form, null);
    }

    @GetMapping("/research/findings/{id}")
    String page(@PathVariable long id, Model model) {
        Finding finding = research.finding(id);
        if (!model.containsAttribute("interpretation")) {
            model.addAttribute("interpretation", InterpretationForm.of(finding));
        }
        ChangeForm change = new ChangeForm();
        change.setTitle(finding.getTitle());
        change.setVersion(finding.getVersion());
        finding.getBearings().stream().findFirst().ifPresent(b -> change.setProjectId(b.project()));
        if (!model.containsAttribute("change")) {
            model.addAttribute("change", change);
        }
        EvidenceForm evidence = new EvidenceForm();
        evidence.setVersion(finding.getVersion());
        finding.getBearings().stream().findFirst().ifPresent(b -> evidence.setProjectId(b.project()));
        if (!model.containsAttribute("evidenceForm")) {
            model.addAttribute("evidenceForm", evidence);
        }
        DismissForm dismiss = new DismissForm();
        dismiss.setVersion(finding.getVersion());
        if (!model.containsAttribute("dismiss")) {
            model.addAttribute("dismiss", dismiss);
        }
        boolean writable = research.researcher().mayWrite();
        boolean dismissed = finding.getOutcome() == org.integrationgateway.research.Outcome.DISMISSED;
        model.addAttribute("finding", finding);
        model.addAttribute("writable", writable);
        model.addAttribute("interpretable", writable && finding.getState() != FindingState.ACTIONED);
        model.addAttribute("actionable", writable && finding.getState() != FindingState.NEW && !dismissed);
        model.addAttribute("dismissable", writable && finding.getState() == FindingState.INTERPRETED);
        model.addAttribute("projects", projectChoices());
        model.addAttribute("projectsById", projectsOf(finding));
        model.addAttribute("bearingProjects", finding.getBearings().stream().map(Bearing::project).distinct().toList());
        model.addAttribute("changeClasses", List.of("STANDARD", "NORMAL", "EMERGENCY"));
        return "research/finding";
    }

    @GetMapping("/research/findings/{id}/edit")
    @PreAuthorize("@researchPermissions.canWrite()")
    String edit(@PathVariable long id, Model model) {
        Finding finding = research.finding(id);
        return factsForm(model, FactsForm.of(finding), finding);
    }

    @PostMapping("/research/findings/{id}")
    @PreAuthorize("@researchPermissions.canWrite()")
    String update(@PathVariable long id, @ModelAttribute("facts") FactsForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                Finding finding = research.edit(id, form.getVersion(), form.draft());
                redirect.addFlashAttribute("flash", finding.key() + " was corrected.");
                return "redirect:/research/findings/" + id;
            } catch (NotPermittedException | NotFoundException refused) {
                throw refused;
            } catch (ConflictException conflict) {
                redirect.addFlashAttribute("flashError", conflict.getMessage() + " Nothing was changed.");
                return "redirect:/research/findings/" + id;
            } catch (DomainException refused) {
                FormErrors.show(refused, result);
            }
        }
        return factsForm(model, form, research.finding(id));
    }

    @PostMapping("/research/findings/{id}/interpretation")
    @PreAuthorize("@researchPermissions.canWrite()")
    String interpret(@PathVariable long id, @ModelAttribute("interpretation") InterpretationForm form,
                     BindingResult result, Model model, RedirectAttributes redirect) {
        if (form.getBearings() != null && form.getBearings().size() > 100) {
            result.reject("bearings", "A finding bears on at most " + Finding.MAX_BEARINGS + " things.");
        }
        return act(id, result, model, redirect, () -> research.interpret(id, form.getVersion(), form.inputs()),
                "was interpreted.", () -> form.padded());
    }

    @PostMapping("/research/findings/{id}/change-requests")
    @PreAuthorize("@researchPermissions.canWrite()")
    String raiseChange(@PathVariable long id, @ModelAttribute("change") ChangeForm form, BindingResult result,
                       Model model, RedirectAttributes redirect) {
        return act(id, result, model, redirect, () -> research.raiseChange(id, form.getVersion(), form.input()),
                null, () -> form);
    }

    @PostMapping("/research/findings/{id}/evidence")
    @PreAuthorize("@researchPermissions.canWrite()")
    String linkAsEvidence(@PathVariable long id, @ModelAttribute("evidenceForm") EvidenceForm form, BindingResult result,
                          Model model, RedirectAttributes redirect) {
        if (!result.hasErrors() && form.getProjectId() == null) {
            result.rejectValue("projectId", "projectId", "Choose the project whose items the finding supports.");
        }
        return act(id, result, model, redirect, () -> research.linkAsEvidence(id, form.getVersion(),
                form.getProjectId(), FindingForms.split(form.getItemKeys())), "was linked as evidence.", () -> form);
    }

    @PostMapping("/research/findings/{id}/dismissal")
    @PreAuthorize("@researchPermissions.canWrite()")
    String dismiss(@PathVariable long id, @ModelAttribute("dismiss") DismissForm form, BindingResult result,
                   Model model, RedirectAttributes redirect) {
        return act(id, result, model, redirect, () -> research.dismiss(id, form.getVersion(), form.getReason()),
                "was dismissed.", () -> form);
    }

    // ---- internals --------------------------------------------------------------------------------------------------

    private String act(long id, BindingResult result, Model model, RedirectAttributes redirect,
                       java.util.function.Supplier<Finding> action, String done,
                       java.util.function.Supplier<Object> formBack) {
        if (!result.hasErrors()) {
            try {
                Finding finding = action.get();
                String message = done != null ? finding.key() + " " + done : raisedMessage(finding);
                redirect.addFlashAttribute("flash", message);
                return "redirect:/research/findings/" + id;
            } catch (NotPermittedException | NotFoundException refused) {
                throw refused;
            } catch (ConflictException conflict) {
                redirect.addFlashAttribute("flashError", conflict.getMessage() + " Nothing was changed.");
                return "redirect:/research/findings/" + id;
            } catch (DomainException refused) {
                FormErrors.show(refused, result);
            }
        }
        formBack.get();
        return page(id, model);
    }

    private static String raisedMessage(Finding finding) {
        FindingAction last = finding.getActions().get(finding.getActions().size() - 1);
        return finding.key() + " raised change request CR-" + last.changeRequest() + ".";
    }

    private String factsForm(Model model, FactsForm form, Finding finding) {
        model.addAttribute("facts", form);
        model.addAttribute("finding", finding);
        model.addAttribute("sources", EvidenceSource.values());
        model.addAttribute("confidences", Confidence.values());
        return "research/form";
    }

    private List<Project> projectChoices() {
        return portfolio.projects(ProjectFilter.none(), PageRequest.of(0, PROJECT_CHOICES, Sort.by("code"))).getContent();
    }

    private Map<Long, Project> projectsOf(Finding finding) {
        List<Long> ids = new java.util.ArrayList<>(finding.getBearings().stream().map(Bearing::project).toList());
        finding.getActions().stream().map(FindingAction::project).filter(java.util.Objects::nonNull).forEach(ids::add);
        return ids.isEmpty() ? Map.of() : portfolio.projectsById(ids).values().stream()
                .collect(Collectors.toMap(Project::getId, Function.identity()));
    }
}
