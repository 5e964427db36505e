package org.integrationgateway.changecontrol.web;

import java.util.List;
import org.integrationgateway.changecontrol.ChangeControl;
import org.integrationgateway.changecontrol.ChangeRequest;
import org.integrationgateway.changecontrol.ProjectGates;
import org.integrationgateway.changecontrol.VoteChoice;
import org.integrationgateway.portfolio.Portfolio;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.DomainException;
import org.integrationgateway.shared.NotPermittedException;
import org.integrationgateway.stagegate.GateReview;
import org.integrationgateway.stagegate.Gatekeeping;
import org.integrationgateway.stagegate.ReviewState;
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
 * The change requests brought to a gate review (its agenda links here), decided together with the gate by whoever
 * decides the review: one choice per row, or none to leave a request undecided; all or nothing is saved.
 */
@Controller
@PreAuthorize("@changeControlPermissions.canRead()")
class GateChangesWebController {

    private final ChangeControl changeControl;
    private final Gatekeeping gatekeeping;
    private final Portfolio portfolio;

    GateChangesWebController(ChangeControl changeControl, Gatekeeping gatekeeping, Portfolio portfolio) {
        this.changeControl = changeControl;
        this.gatekeeping = gatekeeping;
        this.portfolio = portfolio;
    }

    @GetMapping("/gate-reviews/{reviewId}/changes")
    String changes(@PathVariable long reviewId, Model model) {
        return page(reviewId, GateChangesForm.of(changeControl.atGate(reviewId)), model);
    }

    @PostMapping("/gate-reviews/{reviewId}/changes")
    String decide(@PathVariable long reviewId, @ModelAttribute("form") GateChangesForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        if (!changeControl.mayDecideAtGate(reviewId)) {
            throw new NotPermittedException("not-a-gate-decider", "Only whoever decides this gate review decides changes with it.");
        }
        for (int i = 0; i < form.getRows().size(); i++) {
            GateChangesForm.Row row = form.getRows().get(i);
            if (row.getOutcome() == VoteChoice.DEFER && row.getDeferToStage() == null) {
                result.rejectValue("rows[" + i + "].deferToStage", "required", "Choose the later gate to defer to.");
            }
        }
        if (!result.hasErrors()) {
            try {
                List<ChangeRequest> decided = changeControl.decideAtGate(reviewId, form.choices());
                redirect.addFlashAttribute("flash", decided.size() == 1 ? "1 change request was decided."
                        : decided.size() + " change requests were decided.");
                return "redirect:/gate-reviews/" + reviewId + "/changes";
            } catch (NotPermittedException refused) {
                throw refused;
            } catch (ConflictException conflict) {
                result.reject(conflict.code(), conflict.getMessage());
            } catch (DomainException refused) {
                result.reject(refused.code(), refused.getMessage());
            }
        }
        return page(reviewId, form, model);
    }

    private String page(long reviewId, GateChangesForm form, Model model) {
        GateReview review = gatekeeping.review(reviewId);
        List<ChangeRequest> requests = changeControl.atGate(reviewId);
        ProjectGates gates = changeControl.gates(review.getProject());
        java.util.Map<Long, ChangeRequest> byId = new java.util.HashMap<>();
        requests.forEach(r -> byId.put(r.getId(), r));
        form.getRows().removeIf(row -> row.getId() == null || !byId.containsKey(row.getId()));
        for (ChangeRequest request : requests) {
            if (form.getRows().stream().noneMatch(row -> request.getId().equals(row.getId()))) {
                GateChangesForm.Row row = new GateChangesForm.Row();
                row.setId(request.getId());
                row.setVersion(request.getVersion());
                form.getRows().add(row);
            }
        }
        model.addAttribute("review", review);
        model.addAttribute("project", portfolio.project(review.getProject()));
        model.addAttribute("gateName", gates.gateName(review.getStageIndex()));
        model.addAttribute("requests", byId);
        model.addAttribute("form", form);
        model.addAttribute("canDecide", review.getState() == ReviewState.SCHEDULED && !requests.isEmpty()
                && changeControl.mayDecideAtGate(reviewId));
        model.addAttribute("deferOptions", ChangeRequestWebController.gateOptions(gates, review.getStageIndex() + 1));
        model.addAttribute("choices", VoteChoice.values());
        return "changecontrol/gate";
    }
}
