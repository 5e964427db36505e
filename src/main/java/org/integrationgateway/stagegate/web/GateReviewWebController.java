package org.integrationgateway.stagegate.web;

import org.integrationgateway.shared.FormErrors;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.organisation.PersonDirectory;
import org.integrationgateway.organisation.PersonSummary;
import org.integrationgateway.portfolio.Portfolio;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.DomainException;
import org.integrationgateway.stagegate.Decision;
import org.integrationgateway.stagegate.Gatekeeping;
import org.integrationgateway.stagegate.Lifecycles;
import org.integrationgateway.stagegate.ReviewState;
import org.integrationgateway.stagegate.ReviewView;
import org.integrationgateway.stagegate.StagegatePermissions;
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
 * Scheduling a gate review, its page (scorecards, result, agenda) and the page's live regions, scoring and deciding it.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMINISTRATOR','PMO','STAFF')")
class GateReviewWebController {

    private static final Map<String, String> SCHEDULE_FIELDS = Map.of();
    private static final Map<String, String> DECISION_FIELDS = Map.of("reopenDeliverables", "reopen");

    private final Gatekeeping gatekeeping;
    private final Lifecycles lifecycles;
    private final StagegatePermissions permissions;
    private final PersonDirectory people;
    private final Portfolio portfolio;

    GateReviewWebController(Gatekeeping gatekeeping, Lifecycles lifecycles, StagegatePermissions permissions,
                            PersonDirectory people, Portfolio portfolio) {
        this.gatekeeping = gatekeeping;
        this.lifecycles = lifecycles;
        this.permissions = permissions;
        this.people = people;
        this.portfolio = portfolio;
    }

    @GetMapping("/projects/{projectId}/gate-reviews/new")
    @PreAuthorize("@stagegatePermissions.canManageLifecycle(#projectId)")
    String scheduleForm(@PathVariable long projectId, Model model) {
        ScheduleForm form = new ScheduleForm();
        form.setScheduledOn(LocalDate.now().plusDays(7));
        List<Long> gatekeepers = gatekeeping.projectGatekeepers(projectId);
        form.setGatekeeperIds(gatekeepers);
        form.setChairId(gatekeepers.isEmpty() ? null : gatekeepers.get(0));
        return scheduleForm(projectId, form, model);
    }

    @PostMapping("/projects/{projectId}/gate-reviews")
    @PreAuthorize("@stagegatePermissions.canManageLifecycle(#projectId)")
    String schedule(@PathVariable long projectId, @ModelAttribute("form") ScheduleForm form, BindingResult result,
                    Model model, RedirectAttributes redirect) {
        form.getGatekeeperIds().removeIf(java.util.Objects::isNull);
        if (result.hasErrors()) {
            return scheduleForm(projectId, form, model);
        }
        if (form.getScheduledOn() == null) {
            result.rejectValue("scheduledOn", "required", "Choose the date of the review.");
            return scheduleForm(projectId, form, model);
        }
        try {
            var review = gatekeeping.schedule(projectId, form.getScheduledOn(), form.getChairId(), form.getGatekeeperIds());
            redirect.addFlashAttribute("flash", "The gate review was scheduled.");
            return "redirect:/gate-reviews/" + review.getId();
        } catch (DomainException refused) {
            FormErrors.show(refused, result, SCHEDULE_FIELDS);
            return scheduleForm(projectId, form, model);
        }
    }

    @GetMapping("/gate-reviews/{reviewId}")
    String review(@PathVariable long reviewId, Model model) {
        ReviewView view = gatekeeping.view(reviewId);
        ScoreForm score = new ScoreForm();
        Long me = permissions.currentPerson();
        view.scorecards().stream().filter(c -> me != null && c.gatekeeper() == me && c.submitted()).findFirst()
                .ifPresent(mine -> {
                    score.setRecommendation(mine.card().recommendation());
                    score.setComment(mine.card().comment());
                    mine.scores().forEach(s -> {
                        pad(score, s.criterionIndex() + 1);
                        score.getMet().set(s.criterionIndex(), s.met() == null ? null : s.met().toString());
                        score.getScore().set(s.criterionIndex(), s.score());
                        score.getNotes().set(s.criterionIndex(), s.comment());
                    });
                });
        DecisionForm decision = new DecisionForm();
        decision.setVersion(view.review().getVersion());
        return page(view, score, decision, model);
    }

    /**
     * The review page's live regions (state, combined result, scorecards, the forms, the decision) in one answer, built
     * from one model: the page swaps each into place when the review changes. Same rights as the page.
     */
    @GetMapping("/gate-reviews/{reviewId}/live")
    String live(@PathVariable long reviewId, Model model) {
        review(reviewId, model);
        return "stagegate/review-live :: live";
    }

    @PostMapping("/gate-reviews/{reviewId}/scorecard")
    @PreAuthorize("@stagegatePermissions.canScore(#reviewId)")
    String score(@PathVariable long reviewId, @ModelAttribute("scoreForm") ScoreForm form, BindingResult result,
                 Model model, RedirectAttributes redirect) {
        ReviewView view = gatekeeping.view(reviewId);
        int criteria = view.gate().getCriteria().size();
        pad(form, criteria);
        if (!result.hasErrors()) {
            try {
                gatekeeping.score(reviewId, permissions.currentPerson(), form.input(criteria));
                redirect.addFlashAttribute("flash", "Your scorecard was saved.");
                return "redirect:/gate-reviews/" + reviewId;
            } catch (DomainException refused) {
                FormErrors.show(refused, result, scoreFields(criteria));
            }
        }
        DecisionForm decision = new DecisionForm();
        decision.setVersion(view.review().getVersion());
        return page(view, form, decision, model);
    }

    @PostMapping("/gate-reviews/{reviewId}/decision")
    @PreAuthorize("@stagegatePermissions.canDecide(#reviewId)")
    String decide(@PathVariable long reviewId, @ModelAttribute("decisionForm") DecisionForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                gatekeeping.decide(reviewId, form.input(), CurrentUser.actorName());
                redirect.addFlashAttribute("flash", "The gate was decided: " + form.getDecision() + ".");
                return "redirect:/gate-reviews/" + reviewId;
            } catch (ConflictException conflict) {
                result.reject(conflict.code(), conflict.getMessage());
            } catch (DomainException refused) {
                FormErrors.show(refused, result, DECISION_FIELDS);
            }
        }
        ReviewView view = gatekeeping.view(reviewId);
        return page(view, new ScoreForm(), form, model);
    }

    private static Map<String, String> scoreFields(int criteria) {
        Map<String, String> fields = new java.util.HashMap<>();
        for (int i = 0; i < criteria; i++) {
            fields.put("answers[" + i + "].met", "met[" + i + "]");
            fields.put("answers[" + i + "].score", "score[" + i + "]");
        }
        return fields;
    }

    private static void pad(ScoreForm form, int size) {
        while (form.getMet().size() < size) {
            form.getMet().add(null);
        }
        while (form.getScore().size() < size) {
            form.getScore().add(null);
        }
        while (form.getNotes().size() < size) {
            form.getNotes().add(null);
        }
    }

    private String page(ReviewView view, ScoreForm score, DecisionForm decision, Model model) {
        long reviewId = view.review().getId();
        pad(score, view.gate().getCriteria().size());
        boolean open = view.review().getState() == ReviewState.SCHEDULED;
        model.addAttribute("view", view);
        model.addAttribute("scoreForm", score);
        model.addAttribute("decisionForm", decision);
        model.addAttribute("canScore", open && permissions.canScore(reviewId));
        model.addAttribute("canDecide", open && permissions.canDecide(reviewId));
        model.addAttribute("decisions", Decision.values());
        model.addAttribute("owners", people.findAll(view.review().gatekeeperIds()).values().stream()
                .sorted(java.util.Comparator.comparing(PersonSummary::fullName)).toList());
        model.addAttribute("deliverables", lifecycles.view(view.review().getProject()).stages()
                .get(view.review().getStageIndex()).deliverables());
        return "stagegate/review";
    }

    private String scheduleForm(long projectId, ScheduleForm form, Model model) {
        model.addAttribute("project", portfolio.project(projectId));
        model.addAttribute("lifecycle", lifecycles.view(projectId));
        model.addAttribute("form", form);
        List<Long> candidates = new java.util.ArrayList<>(gatekeeping.projectGatekeepers(projectId));
        form.getGatekeeperIds().stream().filter(id -> !candidates.contains(id)).forEach(candidates::add);
        model.addAttribute("candidates", people.findAll(candidates).values().stream()
                .sorted(java.util.Comparator.comparing(PersonSummary::fullName)).toList());
        model.addAttribute("people", people.search("", 200));
        return "stagegate/schedule";
    }
}
