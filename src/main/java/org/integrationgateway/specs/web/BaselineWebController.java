package org.integrationgateway.specs.web;

import java.util.List;
import org.integrationgateway.portfolio.Portfolio;
import org.integrationgateway.shared.DomainException;
import org.integrationgateway.shared.FormErrors;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.shared.NotPermittedException;
import org.integrationgateway.specs.Baseline;
import org.integrationgateway.specs.BaselineComparison;
import org.integrationgateway.specs.Baselining;
import org.integrationgateway.specs.SpecComparisons;
import org.integrationgateway.specs.SpecPermissions;
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
 * A project's baselines (frozen at each GO, or by hand by the project manager), one baseline's item revisions, and
 * the comparison of two baselines: items added, removed and changed, with the word diff and the change requests that
 * made the changes.
 */
@Controller
@PreAuthorize("@specPermissions.canRead()")
class BaselineWebController {

    private final Baselining baselining;
    private final SpecComparisons comparisons;
    private final SpecPermissions permissions;
    private final Portfolio portfolio;

    BaselineWebController(Baselining baselining, SpecComparisons comparisons, SpecPermissions permissions,
                          Portfolio portfolio) {
        this.baselining = baselining;
        this.comparisons = comparisons;
        this.permissions = permissions;
        this.portfolio = portfolio;
    }

    @GetMapping("/projects/{projectId}/baselines")
    String baselines(@PathVariable long projectId, Model model) {
        return list(projectId, new FreezeForm(), model);
    }

    @PostMapping("/projects/{projectId}/baselines")
    @PreAuthorize("@specPermissions.canFreeze(#projectId)")
    String freeze(@PathVariable long projectId, @ModelAttribute("freezeForm") FreezeForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        try {
            Baseline baseline = baselining.freeze(projectId, form.getName());
            redirect.addFlashAttribute("flash", baseline.key() + " \"" + baseline.getName() + "\" was frozen.");
            return "redirect:/baselines/" + baseline.getId();
        } catch (NotPermittedException refused) {
            throw refused;
        } catch (DomainException refused) {
            FormErrors.show(refused, result);
        }
        return list(projectId, form, model);
    }

    private String list(long projectId, FreezeForm form, Model model) {
        List<Baseline> baselines = baselining.baselines(projectId);
        model.addAttribute("project", portfolio.project(projectId));
        model.addAttribute("baselines", baselines);
        model.addAttribute("freezeForm", form);
        model.addAttribute("canFreeze", permissions.canFreeze(projectId));
        model.addAttribute("compareFrom", baselines.size() > 1 ? baselines.get(1).getId() : null);
        model.addAttribute("compareTo", baselines.isEmpty() ? null : baselines.get(0).getId());
        return "specs/baselines";
    }

    @GetMapping("/baselines/{id}")
    String baseline(@PathVariable long id, Model model) {
        Baseline baseline = baselining.baseline(id);
        model.addAttribute("baseline", baseline);
        model.addAttribute("contents", baselining.contents(id));
        model.addAttribute("project", portfolio.project(baseline.getProject()));
        return "specs/baseline";
    }

    @GetMapping("/projects/{projectId}/baselines/compare")
    String compare(@PathVariable long projectId, @RequestParam long from, @RequestParam long to, Model model) {
        if (baselining.baseline(from).getProject() != projectId || baselining.baseline(to).getProject() != projectId) {
            throw new NotFoundException("Baseline of project", projectId);
        }
        BaselineComparison comparison = comparisons.baselines(from, to);
        model.addAttribute("project", portfolio.project(projectId));
        model.addAttribute("comparison", comparison);
        model.addAttribute("baselines", baselining.baselines(projectId));
        return "specs/baseline-compare";
    }
}
