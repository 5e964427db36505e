package org.integrationgateway.specs.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.integrationgateway.portfolio.Portfolio;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.DomainException;
import org.integrationgateway.shared.FormErrors;
import org.integrationgateway.shared.NotPermittedException;
import org.integrationgateway.shared.RuleViolationException;
import org.integrationgateway.specs.ItemPriority;
import org.integrationgateway.specs.ItemRevision;
import org.integrationgateway.specs.ItemStatus;
import org.integrationgateway.specs.RevisionComparison;
import org.integrationgateway.specs.SpecComparisons;
import org.integrationgateway.specs.SpecItem;
import org.integrationgateway.specs.SpecItemRow;
import org.integrationgateway.specs.SpecPermissions;
import org.integrationgateway.specs.Specifications;
import org.integrationgateway.specs.ItemFilter;
import org.springframework.data.domain.Page;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The spec of a project (items grouped by category, filtered and searched), new items, an item's page (rendered
 * Markdown, history, compare form, trace link), direct edits of items not yet baselined, and the word diff of two
 * revisions. All staff read; the project's manager, engineers and designers (and PMO, administrators) write.
 */
@Controller
@PreAuthorize("@specPermissions.canRead()")
class SpecWebController {

    static final int PAGE_SIZE = 50;

    private final Specifications specifications;
    private final SpecComparisons comparisons;
    private final SpecPermissions permissions;
    private final Portfolio portfolio;

    SpecWebController(Specifications specifications, SpecComparisons comparisons, SpecPermissions permissions,
                      Portfolio portfolio) {
        this.specifications = specifications;
        this.comparisons = comparisons;
        this.permissions = permissions;
        this.portfolio = portfolio;
    }

    @GetMapping("/projects/{projectId}/spec")
    String spec(@PathVariable long projectId, @RequestParam(required = false) String category,
                @RequestParam(required = false) ItemStatus status, @RequestParam(required = false) String q,
                @RequestParam(defaultValue = "0") int page, Model model) {
        Page<SpecItemRow> items = specifications.items(projectId, new ItemFilter(category, status, q),
                PageRequest.of(Math.max(0, page), PAGE_SIZE, Sort.by("category", "key")));
        Map<String, List<SpecItemRow>> groups = new LinkedHashMap<>();
        for (SpecItemRow row : items) {
            groups.computeIfAbsent(row.category(), c -> new java.util.ArrayList<>()).add(row);
        }
        model.addAttribute("project", portfolio.project(projectId));
        model.addAttribute("items", items);
        model.addAttribute("groups", groups);
        model.addAttribute("categories", specifications.categories(projectId));
        model.addAttribute("statuses", ItemStatus.values());
        model.addAttribute("category", category);
        model.addAttribute("status", status);
        model.addAttribute("q", q);
        model.addAttribute("filtered", (category != null && !category.isBlank()) || status != null
                || (q != null && !q.isBlank()));
        model.addAttribute("canEdit", permissions.canEdit(projectId));
        model.addAttribute("baseUrl", UriComponentsBuilder.fromPath("/projects/{id}/spec")
                .queryParamIfPresent("category", java.util.Optional.ofNullable(category).filter(c -> !c.isBlank()))
                .queryParamIfPresent("status", java.util.Optional.ofNullable(status))
                .queryParamIfPresent("q", java.util.Optional.ofNullable(q).filter(t -> !t.isBlank()))
                .buildAndExpand(projectId).encode().toUriString());
        return "specs/spec";
    }

    // ---- new items and direct edits -------------------------------------------------------------------------------

    @GetMapping("/projects/{projectId}/spec/new")
    @PreAuthorize("@specPermissions.canEdit(#projectId)")
    String newItem(@PathVariable long projectId, Model model) {
        return form(projectId, null, new ItemForm(), model);
    }

    @PostMapping("/projects/{projectId}/spec/items")
    @PreAuthorize("@specPermissions.canEdit(#projectId)")
    String create(@PathVariable long projectId, @ModelAttribute("form") ItemForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                SpecItem item = specifications.create(projectId, form.content(), form.getReason());
                redirect.addFlashAttribute("flash", item.getItemKey() + " was added to the spec.");
                return "redirect:/spec-items/" + item.getId();
            } catch (NotPermittedException refused) {
                throw refused;
            } catch (DomainException refused) {
                FormErrors.show(refused, result);
            }
        }
        return form(projectId, null, form, model);
    }

    @GetMapping("/spec-items/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        SpecItem item = editable(id);
        return form(item.getProject(), item, ItemForm.of(specifications.currentRevision(id), item.getVersion()), model);
    }

    @PostMapping("/spec-items/{id}")
    String revise(@PathVariable long id, @ModelAttribute("form") ItemForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        SpecItem item = editable(id);
        if (!result.hasErrors()) {
            try {
                SpecItem saved = specifications.revise(id, form.getVersion(), form.content(), form.getReason());
                redirect.addFlashAttribute("flash", saved.getItemKey() + " r" + saved.getCurrentRevision() + " was saved.");
                return "redirect:/spec-items/" + id;
            } catch (NotPermittedException refused) {
                throw refused;
            } catch (ConflictException | RuleViolationException refused) {
                result.reject(refused.code(), refused.getMessage());
            } catch (DomainException refused) {
                FormErrors.show(refused, result);
            }
        }
        return form(item.getProject(), specifications.item(id), form, model);
    }

    private SpecItem editable(long id) {
        SpecItem item = specifications.item(id);
        if (!permissions.canEdit(item.getProject())) {
            throw new NotPermittedException("not-permitted", "You cannot edit the spec of this project.");
        }
        return item;
    }

    private String form(long projectId, SpecItem item, ItemForm form, Model model) {
        model.addAttribute("project", portfolio.project(projectId));
        model.addAttribute("editing", item);
        model.addAttribute("form", form);
        model.addAttribute("priorities", ItemPriority.values());
        model.addAttribute("statuses", ItemStatus.values());
        model.addAttribute("categories", specifications.categories(projectId));
        return "specs/item-form";
    }

    // ---- the item page and comparisons ----------------------------------------------------------------------------

    @GetMapping("/spec-items/{id}")
    String item(@PathVariable long id, Model model) {
        SpecItem item = specifications.item(id);
        List<ItemRevision> history = specifications.history(id);
        ItemRevision current = history.stream().filter(r -> r.revision() == item.getCurrentRevision()).findFirst()
                .orElse(null);
        model.addAttribute("item", item);
        model.addAttribute("current", current);
        model.addAttribute("history", history);
        model.addAttribute("project", portfolio.project(item.getProject()));
        model.addAttribute("canEdit", permissions.canEdit(item.getProject()));
        model.addAttribute("compareFrom", Math.max(1, item.getCurrentRevision() - 1));
        model.addAttribute("compareTo", item.getCurrentRevision());
        return "specs/item";
    }

    @GetMapping("/spec-items/{id}/compare")
    String compare(@PathVariable long id, @RequestParam(required = false) Integer from,
                   @RequestParam(required = false) Integer to, Model model) {
        SpecItem item = specifications.item(id);
        int later = to == null ? item.getCurrentRevision() : to;
        int earlier = from == null ? Math.max(1, later - 1) : from;
        RevisionComparison comparison = comparisons.revisions(id, earlier, later);
        model.addAttribute("item", item);
        model.addAttribute("comparison", comparison);
        model.addAttribute("history", specifications.history(id));
        model.addAttribute("project", portfolio.project(item.getProject()));
        return "specs/compare";
    }
}
