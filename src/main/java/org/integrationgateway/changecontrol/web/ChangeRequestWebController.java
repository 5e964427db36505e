package org.integrationgateway.changecontrol.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.integrationgateway.changecontrol.ChangeAction;
import org.integrationgateway.changecontrol.ChangeActor;
import org.integrationgateway.changecontrol.ChangeBoard;
import org.integrationgateway.changecontrol.ChangeClass;
import org.integrationgateway.changecontrol.ChangeControl;
import org.integrationgateway.changecontrol.ChangeRequest;
import org.integrationgateway.changecontrol.DelegatedEnvelope;
import org.integrationgateway.changecontrol.Origin;
import org.integrationgateway.changecontrol.Priority;
import org.integrationgateway.changecontrol.ProjectGates;
import org.integrationgateway.changecontrol.Risk;
import org.integrationgateway.changecontrol.SourceKind;
import org.integrationgateway.changecontrol.VoteChoice;
import org.integrationgateway.portfolio.Portfolio;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.DomainException;
import org.integrationgateway.shared.FormErrors;
import org.integrationgateway.shared.NotPermittedException;
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
 * Raising and editing a change request, its page (header, impact, votes and decision, timeline, the actions the
 * signed-in person may take), its lifecycle buttons, the impact assessment, votes and the approver's decision.
 * Every staff member may read; what each person may do is decided by the aggregate ({@link ChangeRequest#permits}),
 * which also refuses a write the person may not make (403). The page's live regions are served together for
 * live updates ({@code static/js/live.js}).
 */
@Controller
@PreAuthorize("@changeControlPermissions.canRead()")
class ChangeRequestWebController {

    /** The lifecycle buttons, by the last part of their address. */
    static final Map<String, ChangeAction> BUTTONS = buttons();

    private final ChangeControl changeControl;
    private final Portfolio portfolio;
    private final Clock clock;

    ChangeRequestWebController(ChangeControl changeControl, Portfolio portfolio, Clock clock) {
        this.changeControl = changeControl;
        this.portfolio = portfolio;
        this.clock = clock;
    }

    // ---- raising and editing --------------------------------------------------------------------------------------

    @GetMapping("/projects/{projectId}/changes/new")
    @PreAuthorize("@changeControlPermissions.canRaise(#projectId)")
    String raiseForm(@PathVariable long projectId, Model model) {
        return form(projectId, null, new ChangeRequestForm(), model);
    }

    @PostMapping("/projects/{projectId}/changes")
    @PreAuthorize("@changeControlPermissions.canRaise(#projectId)")
    String raise(@PathVariable long projectId, @ModelAttribute("form") ChangeRequestForm form, BindingResult result,
                 @RequestParam(defaultValue = "submit") String intent, Model model, RedirectAttributes redirect) {
        boolean submit = !"draft".equals(intent);
        if (!result.hasErrors()) {
            try {
                ChangeRequest request = changeControl.raise(projectId, form.draft(), submit);
                redirect.addFlashAttribute("flash", request.key() + (submit ? " was submitted." : " was saved as a draft."));
                return "redirect:/changes/" + request.getId();
            } catch (NotPermittedException refused) {
                throw refused;
            } catch (DomainException refused) {
                FormErrors.show(refused, result, ChangeRequestForm.FIELDS);
            }
        }
        return form(projectId, null, form, model);
    }

    @GetMapping("/changes/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        ChangeRequest request = changeControl.changeRequest(id);
        requirePermitted(request, ChangeAction.EDIT);
        return form(request.getProject(), request, ChangeRequestForm.of(request), model);
    }

    @PostMapping("/changes/{id}")
    String edit(@PathVariable long id, @ModelAttribute("form") ChangeRequestForm form, BindingResult result, Model model,
                RedirectAttributes redirect) {
        ChangeRequest request = changeControl.changeRequest(id);
        if (!result.hasErrors()) {
            try {
                changeControl.edit(id, form.getVersion(), form.draft());
                redirect.addFlashAttribute("flash", request.key() + " was saved.");
                return "redirect:/changes/" + id;
            } catch (NotPermittedException refused) {
                throw refused;
            } catch (ConflictException conflict) {
                result.reject(conflict.code(), conflict.getMessage());
            } catch (DomainException refused) {
                FormErrors.show(refused, result, ChangeRequestForm.FIELDS);
            }
        }
        return form(request.getProject(), request, form, model);
    }

    private String form(long projectId, ChangeRequest request, ChangeRequestForm form, Model model) {
        ProjectGates gates = changeControl.gates(projectId);
        model.addAttribute("project", portfolio.project(projectId));
        model.addAttribute("editing", request);
        model.addAttribute("form", form);
        model.addAttribute("gateOptions", gateOptions(gates, gates.currentStage()));
        model.addAttribute("origins", Origin.values());
        model.addAttribute("classes", ChangeClass.values());
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("sourceKinds", SourceKind.values());
        return "changecontrol/form";
    }

    // ---- the page -------------------------------------------------------------------------------------------------

    @GetMapping("/changes/{id}")
    String page(@PathVariable long id, Model model) {
        ChangeRequest request = changeControl.changeRequest(id);
        AssessmentForm assessment = AssessmentForm.of(request, changeControl.envelope(request.getProject())
                .map(DelegatedEnvelope::getCurrency).orElse("EUR"));
        return page(request, assessment, new VoteForm(), decideForm(request), model);
    }

    /**
     * The page's live regions (its header, the actions, impact with votes and decision, the forms, the timeline) in one
     * answer, built from one model: the page swaps each into place when its change request changes. Same rights as
     * the page.
     */
    @GetMapping("/changes/{id}/live")
    String live(@PathVariable long id, Model model) {
        page(id, model);
        return "changecontrol/request-live :: live";
    }

    @PostMapping("/changes/{id}/{button:submit|start-assessment|complete-assessment|implement|verify|close|withdraw}")
    String transition(@PathVariable long id, @PathVariable String button, @RequestParam(required = false) Long version,
                      @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        ChangeAction action = BUTTONS.get(button);
        try {
            ChangeRequest request = switch (action) {
                case SUBMIT -> changeControl.submit(id, version, comment);
                case START_ASSESSMENT -> changeControl.startAssessment(id, version, comment);
                case COMPLETE_ASSESSMENT -> changeControl.completeAssessment(id, version, comment);
                case IMPLEMENT -> changeControl.implement(id, version, comment);
                case VERIFY -> changeControl.verify(id, version, comment);
                case CLOSE -> changeControl.close(id, version, comment);
                default -> changeControl.withdraw(id, version, comment);
            };
            redirect.addFlashAttribute("flash", request.key() + " is now " + stateText(request) + ".");
        } catch (NotPermittedException refused) {
            throw refused;
        } catch (DomainException refused) {
            redirect.addFlashAttribute("flashError", refused.getMessage() + " Nothing was changed.");
        }
        return "redirect:/changes/" + id;
    }

    @PostMapping("/changes/{id}/assessment")
    String assess(@PathVariable long id, @ModelAttribute("assessmentForm") AssessmentForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                ChangeRequest request = changeControl.assess(id, form.getVersion(), form.input());
                redirect.addFlashAttribute("flash", "The impact of " + request.key() + " was recorded.");
                return "redirect:/changes/" + id + "#impact";
            } catch (NotPermittedException refused) {
                throw refused;
            } catch (ConflictException conflict) {
                redirect.addFlashAttribute("flashError", conflict.getMessage() + " Nothing was changed.");
                return "redirect:/changes/" + id;
            } catch (DomainException refused) {
                FormErrors.show(refused, result);
            }
        }
        ChangeRequest request = changeControl.changeRequest(id);
        return page(request, form, new VoteForm(), decideForm(request), model);
    }

    @GetMapping("/changes/{id}/assessment")
    String assessmentForm(@PathVariable long id) {
        return "redirect:/changes/" + id + "#assess-title";
    }

    @PostMapping("/changes/{id}/votes")
    String vote(@PathVariable long id, @ModelAttribute("voteForm") VoteForm form, BindingResult result, Model model,
                RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                ChangeRequest request = changeControl.vote(id, form.getChoice(),
                        form.getChoice() == VoteChoice.DEFER ? form.getDeferToStage() : null, form.getComment());
                redirect.addFlashAttribute("flash", "Your vote on " + request.key() + " was recorded; the change request is "
                        + stateText(request) + ".");
                return "redirect:/changes/" + id;
            } catch (NotPermittedException refused) {
                throw refused;
            } catch (ConflictException conflict) {
                redirect.addFlashAttribute("flashError", conflict.getMessage() + " Nothing was changed.");
                return "redirect:/changes/" + id;
            } catch (DomainException refused) {
                FormErrors.show(refused, result);
            }
        }
        ChangeRequest request = changeControl.changeRequest(id);
        return page(request, AssessmentForm.of(request, "EUR"), form, decideForm(request), model);
    }

    @PostMapping("/changes/{id}/decision")
    String decide(@PathVariable long id, @ModelAttribute("decideForm") VoteForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                ChangeRequest request = changeControl.decide(id, form.getVersion(), form.getChoice(),
                        form.getChoice() == VoteChoice.DEFER ? form.getDeferToStage() : null, form.getComment());
                redirect.addFlashAttribute("flash", request.key() + " is now " + stateText(request) + ".");
                return "redirect:/changes/" + id;
            } catch (NotPermittedException refused) {
                throw refused;
            } catch (ConflictException conflict) {
                redirect.addFlashAttribute("flashError", conflict.getMessage() + " Nothing was changed.");
                return "redirect:/changes/" + id;
            } catch (DomainException refused) {
                FormErrors.show(refused, result, VoteForm.FIELDS);
            }
        }
        ChangeRequest request = changeControl.changeRequest(id);
        return page(request, AssessmentForm.of(request, "EUR"), new VoteForm(), form, model);
    }

    private String page(ChangeRequest request, AssessmentForm assessment, VoteForm vote, VoteForm decide, Model model) {
        ChangeControl.RequestContext context = changeControl.context(request);
        ChangeActor actor = context.actor();
        ChangeBoard board = context.board();
        ProjectGates gates = changeControl.gates(request.getProject());
        Instant now = clock.instant();
        Map<String, Boolean> may = new LinkedHashMap<>();
        for (ChangeAction action : ChangeAction.values()) {
            may.put(action.name(), request.permits(action, actor));
        }
        boolean anyStep = may.get(ChangeAction.EDIT.name()) || BUTTONS.values().stream()
                .anyMatch(a -> a != ChangeAction.WITHDRAW && may.get(a.name()));
        int deferFloor = request.getTargetStage() == null ? gates.currentStage() : request.getTargetStage() + 1;
        model.addAttribute("cr", request);
        model.addAttribute("project", portfolio.project(request.getProject()));
        model.addAttribute("may", may);
        model.addAttribute("anyStep", anyStep);
        model.addAttribute("anyAction", anyStep || may.get(ChangeAction.WITHDRAW.name()));
        model.addAttribute("buttons", BUTTONS);
        model.addAttribute("board", board);
        model.addAttribute("dueAt", request.dueAt(board));
        model.addAttribute("overdue", request.overdue(board, now));
        model.addAttribute("timeLeft", request.awaitsDecision() && request.dueAt(board) != null
                ? timeLeft(Duration.between(now, request.dueAt(board))) : null);
        model.addAttribute("interruption", request.getInterruptedAt() == null ? null
                : duration(Duration.between(request.getInterruptedAt(),
                        request.getInterruptionEndedAt() == null ? now : request.getInterruptionEndedAt())));
        model.addAttribute("deferOptions", gateOptions(gates, Math.max(deferFloor, gates.currentStage())));
        model.addAttribute("gateNames", gates.gateNames());
        model.addAttribute("myVote", request.currentVotes().stream()
                .filter(v -> actor.personId() != null && v.person() == actor.personId()).findFirst().orElse(null));
        model.addAttribute("assessmentForm", assessment);
        model.addAttribute("voteForm", vote);
        model.addAttribute("decideForm", decide);
        model.addAttribute("risks", Risk.values());
        model.addAttribute("choices", VoteChoice.values());
        return "changecontrol/request";
    }

    private static VoteForm decideForm(ChangeRequest request) {
        VoteForm form = new VoteForm();
        form.setVersion(request.getVersion());
        return form;
    }

    private void requirePermitted(ChangeRequest request, ChangeAction action) {
        if (!request.permits(action, changeControl.actorFor(request))) {
            throw new NotPermittedException("not-permitted", "You cannot " + action.phrase() + " " + request.key() + " now.");
        }
    }

    /** Gates from {@code from} on, by stage index. */
    static Map<Integer, String> gateOptions(ProjectGates gates, int from) {
        Map<Integer, String> options = new LinkedHashMap<>();
        for (int i = Math.max(0, from); i < gates.gateNames().size(); i++) {
            options.put(i, gates.gateNames().get(i));
        }
        return options;
    }

    /** "2 d 4 h left" or "overdue by 3 h", rounded down to whole hours (minutes under an hour). */
    static String timeLeft(Duration left) {
        return left.isNegative() ? "overdue by " + duration(left.negated()) : duration(left) + " left";
    }

    /** "2 d 4 h", "3 h 10 min", "25 min". */
    static String duration(Duration duration) {
        long days = duration.toDays();
        long hours = duration.toHoursPart();
        long minutes = duration.toMinutesPart();
        if (days > 0) {
            return days + " d " + hours + " h";
        }
        if (hours > 0) {
            return hours + " h " + minutes + " min";
        }
        return Math.max(0, minutes) + " min";
    }

    private static String stateText(ChangeRequest request) {
        return request.getState().name().toLowerCase().replace('_', ' ');
    }

    private static Map<String, ChangeAction> buttons() {
        Map<String, ChangeAction> buttons = new LinkedHashMap<>();
        buttons.put("submit", ChangeAction.SUBMIT);
        buttons.put("start-assessment", ChangeAction.START_ASSESSMENT);
        buttons.put("complete-assessment", ChangeAction.COMPLETE_ASSESSMENT);
        buttons.put("implement", ChangeAction.IMPLEMENT);
        buttons.put("verify", ChangeAction.VERIFY);
        buttons.put("close", ChangeAction.CLOSE);
        buttons.put("withdraw", ChangeAction.WITHDRAW);
        return buttons;
    }
}
