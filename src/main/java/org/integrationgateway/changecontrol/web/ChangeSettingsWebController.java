package org.integrationgateway.changecontrol.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.integrationgateway.changecontrol.BoardRule;
import org.integrationgateway.changecontrol.ChangeBoard;
import org.integrationgateway.changecontrol.ChangeControl;
import org.integrationgateway.changecontrol.ChangeControlPermissions;
import org.integrationgateway.changecontrol.ResponseTarget;
import org.integrationgateway.organisation.PersonDirectory;
import org.integrationgateway.organisation.PersonSummary;
import org.integrationgateway.portfolio.AssignmentView;
import org.integrationgateway.portfolio.ProjectMatrix;
import org.integrationgateway.portfolio.ProjectOverview;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.DomainException;
import org.integrationgateway.shared.FormErrors;
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
 * A project's change control settings: its board (members, rule, quorum or approver, response targets) and its
 * delegated envelope. Every staff member sees them; the project manager, administrators and PMO change them.
 */
@Controller
@PreAuthorize("@changeControlPermissions.canRead()")
class ChangeSettingsWebController {

    private static final Map<String, String> BOARD_FIELDS = Map.of("targets", "standardAmount");

    private final ChangeControl changeControl;
    private final ChangeControlPermissions permissions;
    private final ProjectMatrix matrix;
    private final PersonDirectory people;

    ChangeSettingsWebController(ChangeControl changeControl, ChangeControlPermissions permissions, ProjectMatrix matrix,
                                PersonDirectory people) {
        this.changeControl = changeControl;
        this.permissions = permissions;
        this.matrix = matrix;
        this.people = people;
    }

    @GetMapping("/projects/{projectId}/changes/settings")
    String settings(@PathVariable long projectId, Model model) {
        return page(projectId, BoardForm.of(changeControl.board(projectId)), envelopeForm(projectId), model);
    }

    @PostMapping("/projects/{projectId}/changes/board")
    @PreAuthorize("@changeControlPermissions.canConfigure(#projectId)")
    String board(@PathVariable long projectId, @ModelAttribute("boardForm") BoardForm form, BindingResult result,
                 Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                changeControl.setUpBoard(projectId, form.getVersion(), form.setup());
                redirect.addFlashAttribute("flash", "The change control board was saved.");
                return "redirect:/projects/" + projectId + "/changes/settings";
            } catch (ConflictException conflict) {
                result.reject(conflict.code(), conflict.getMessage());
            } catch (DomainException refused) {
                FormErrors.show(refused, result, BOARD_FIELDS);
            }
        }
        return page(projectId, form, envelopeForm(projectId), model);
    }

    @PostMapping("/projects/{projectId}/changes/envelope")
    @PreAuthorize("@changeControlPermissions.canConfigure(#projectId)")
    String envelope(@PathVariable long projectId, @ModelAttribute("envelopeForm") EnvelopeForm form, BindingResult result,
                    Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                var envelope = changeControl.changeEnvelope(projectId, form.getVersion(), form.limits());
                redirect.addFlashAttribute("flash", "The delegated envelope was saved as revision " + envelope.getRevision() + ".");
                return "redirect:/projects/" + projectId + "/changes/settings";
            } catch (ConflictException conflict) {
                result.reject(conflict.code(), conflict.getMessage());
            } catch (DomainException refused) {
                FormErrors.show(refused, result);
            }
        }
        return page(projectId, BoardForm.of(changeControl.board(projectId)), form, model);
    }

    private EnvelopeForm envelopeForm(long projectId) {
        return changeControl.envelope(projectId).map(EnvelopeForm::of).orElseGet(EnvelopeForm::new);
    }

    private String page(long projectId, BoardForm boardForm, EnvelopeForm envelopeForm, Model model) {
        ChangeBoard board = changeControl.board(projectId);
        ProjectOverview overview = matrix.overview(projectId);
        Set<Long> candidates = new LinkedHashSet<>();
        candidates.add(overview.project().getManager());
        overview.matrix().stream().filter(a -> !a.endDate().isBefore(matrix.today())).map(AssignmentView::personId)
                .forEach(candidates::add);
        candidates.addAll(board.memberIds());
        candidates.addAll(boardForm.getMemberIds().stream().filter(java.util.Objects::nonNull).toList());
        var byId = people.findAll(candidates);
        model.addAttribute("project", overview.project());
        model.addAttribute("board", board);
        model.addAttribute("envelope", changeControl.envelope(projectId).orElse(null));
        model.addAttribute("people", new ArrayList<>(byId.values()).stream()
                .sorted(Comparator.comparing(PersonSummary::fullName)).toList());
        model.addAttribute("names", byId);
        model.addAttribute("boardForm", boardForm);
        model.addAttribute("envelopeForm", envelopeForm);
        model.addAttribute("canConfigure", permissions.canConfigure(projectId));
        model.addAttribute("rules", BoardRule.values());
        model.addAttribute("units", ResponseTarget.Unit.values());
        return "changecontrol/settings";
    }
}
