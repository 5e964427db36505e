package org.integrationgateway.specs.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.integrationgateway.changecontrol.ChangeAction;
import org.integrationgateway.changecontrol.ChangeControl;
import org.integrationgateway.changecontrol.ChangeRequest;
import org.integrationgateway.changecontrol.ChangeState;
import org.integrationgateway.changecontrol.SpecItemRef;
import org.integrationgateway.portfolio.Portfolio;
import org.integrationgateway.shared.DomainException;
import org.integrationgateway.shared.FormErrors;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.shared.NotPermittedException;
import org.integrationgateway.specs.ItemChange;
import org.integrationgateway.specs.ItemContent;
import org.integrationgateway.specs.ItemPriority;
import org.integrationgateway.specs.ItemRevision;
import org.integrationgateway.specs.ItemStatus;
import org.integrationgateway.specs.SpecItem;
import org.integrationgateway.specs.Specifications;
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
 * Implementing an approved change request in the spec: one group of fields per affected item, prefilled with its
 * current content; submitting writes a new revision of each item whose content changed, linked to the request, and
 * moves the request to implemented. Who may implement is change control's rule (the project manager or an engineer
 * on the project); the page shows the form only to them and only while the request is approved, and afterwards lists
 * the revisions that implemented it.
 */
@Controller
@PreAuthorize("@specPermissions.canRead()")
class ImplementationWebController {

    private final ChangeControl changeControl;
    private final Specifications specifications;
    private final Portfolio portfolio;

    ImplementationWebController(ChangeControl changeControl, Specifications specifications, Portfolio portfolio) {
        this.changeControl = changeControl;
        this.specifications = specifications;
        this.portfolio = portfolio;
    }

    @GetMapping("/changes/{id}/implementation")
    String page(@PathVariable long id, Model model) {
        ChangeRequest request = changeControl.changeRequest(id);
        Map<String, SpecItem> items = affectedItems(request);
        ImplementationForm form = new ImplementationForm();
        for (SpecItem item : items.values()) {
            form.getChanges().add(ItemForm.of(specifications.currentRevision(item.getId()), item.getVersion()));
        }
        return page(request, items, form, false, model);
    }

    @PostMapping("/changes/{id}/implementation")
    String implement(@PathVariable long id, @ModelAttribute("form") ImplementationForm form, BindingResult result,
                     Model model, RedirectAttributes redirect) {
        ChangeRequest request = changeControl.changeRequest(id);
        Map<String, SpecItem> items = affectedItems(request);
        if (request.getState() == ChangeState.APPROVED
                && !request.permits(ChangeAction.IMPLEMENT, changeControl.actorFor(request))) {
            throw new NotPermittedException("not-permitted", "You cannot implement " + request.key() + ".");
        }
        if (request.getState() != ChangeState.APPROVED) {
            result.reject("not-approved", request.key() + " is not approved, so it cannot be implemented. Nothing was changed.");
        }
        List<ItemChange> changes = new ArrayList<>();
        for (int i = 0; i < form.getChanges().size(); i++) {
            ItemForm change = form.getChanges().get(i);
            SpecItem item = change.getItemKey() == null ? null : items.get(change.getItemKey().strip().toUpperCase());
            if (item == null) {
                throw new NotFoundException("Affected item of " + request.key(), change.getItemKey());
            }
            if (result.hasFieldErrors("changes[" + i + "].*")) {
                continue;
            }
            try {
                ItemContent content = specifications.checkContent(change.content());
                if (!Objects.equals(content, specifications.currentRevision(item.getId()).content())) {
                    changes.add(new ItemChange(item.getItemKey(), content));
                }
            } catch (DomainException refused) {
                FormErrors.show(result, refused.field() == null ? null : "changes[" + i + "]." + refused.field(),
                        refused.code(), refused.getMessage());
            }
        }
        if (!result.hasErrors() && changes.isEmpty()) {
            result.reject("no-change", "Change the content of at least one item: nothing differs from the current revisions.");
        }
        if (!result.hasErrors()) {
            try {
                List<ItemRevision> written = specifications.implement(id, changes, form.getComment());
                redirect.addFlashAttribute("flash", request.key() + " is implemented: "
                        + String.join(", ", written.stream().map(ItemRevision::label).toList()) + ".");
                return "redirect:/changes/" + id + "/implementation";
            } catch (NotPermittedException refused) {
                throw refused;
            } catch (DomainException refused) {
                FormErrors.show(refused, result);
            }
        }
        return page(request, items, form, true, model);
    }

    /** The request's affected items that the project's spec has, by key, in the request's order. */
    private Map<String, SpecItem> affectedItems(ChangeRequest request) {
        Map<String, SpecItem> items = new LinkedHashMap<>();
        for (SpecItemRef ref : request.getAffectedItems()) {
            try {
                SpecItem item = specifications.itemByKey(request.getProject(), ref.itemKey());
                items.put(item.getItemKey(), item);
            } catch (NotFoundException missing) {
                // listed on the page as missing from the spec
            }
        }
        return items;
    }

    /** The page; {@code refused} shows the form again with the refusal, whoever sees it. */
    private String page(ChangeRequest request, Map<String, SpecItem> items, ImplementationForm form, boolean refused,
                        Model model) {
        List<String> missing = request.getAffectedItems().stream().map(SpecItemRef::itemKey)
                .filter(key -> !items.containsKey(key.strip().toUpperCase())).toList();
        boolean approved = request.getState() == ChangeState.APPROVED;
        model.addAttribute("cr", request);
        model.addAttribute("project", portfolio.project(request.getProject()));
        model.addAttribute("items", items);
        model.addAttribute("missing", missing);
        model.addAttribute("approved", approved);
        boolean mayImplement = approved && !items.isEmpty()
                && request.permits(ChangeAction.IMPLEMENT, changeControl.actorFor(request));
        model.addAttribute("mayImplement", mayImplement);
        model.addAttribute("showForm", mayImplement || refused);
        model.addAttribute("written", specifications.revisionsOfChange(request.getId()));
        model.addAttribute("form", form);
        model.addAttribute("priorities", ItemPriority.values());
        model.addAttribute("statuses", ItemStatus.values());
        model.addAttribute("stateText", request.getState().name().toLowerCase().replace('_', ' '));
        return "specs/implementation";
    }
}
