package org.integrationgateway.stagegate.web;

import org.integrationgateway.portfolio.Portfolio;
import org.integrationgateway.shared.DomainException;
import org.integrationgateway.stagegate.DeliverableStatus;
import org.integrationgateway.stagegate.Lifecycles;
import org.integrationgateway.stagegate.StagegatePermissions;
import org.integrationgateway.stagegate.TemplateCatalog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The lifecycle fragment the project page loads with htmx, starting a lifecycle, updating deliverables, and the
 * portfolio board.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMINISTRATOR','PMO','STAFF')")
class LifecycleWebController {

    private final Lifecycles lifecycles;
    private final TemplateCatalog catalog;
    private final StagegatePermissions permissions;
    private final Portfolio portfolio;

    LifecycleWebController(Lifecycles lifecycles, TemplateCatalog catalog, StagegatePermissions permissions,
                           Portfolio portfolio) {
        this.lifecycles = lifecycles;
        this.catalog = catalog;
        this.permissions = permissions;
        this.portfolio = portfolio;
    }

    @GetMapping("/projects/{projectId}/lifecycle")
    String lifecycle(@PathVariable long projectId, Model model) {
        model.addAttribute("view", lifecycles.view(projectId));
        model.addAttribute("canStart", permissions.canEditTemplates());
        model.addAttribute("canManage", permissions.canManageLifecycle(projectId));
        model.addAttribute("templates", permissions.canEditTemplates() ? catalog.latest() : java.util.List.of());
        model.addAttribute("statuses", DeliverableStatus.values());
        model.addAttribute("now", java.time.Instant.now());
        return "stagegate/lifecycle :: lifecycle";
    }

    @PostMapping("/projects/{projectId}/lifecycle")
    @PreAuthorize("@stagegatePermissions.canEditTemplates()")
    String start(@PathVariable long projectId, @RequestParam(required = false) Long templateId,
                 RedirectAttributes redirect) {
        try {
            lifecycles.start(projectId, templateId);
            redirect.addFlashAttribute("flash", "The lifecycle was started.");
        } catch (DomainException refused) {
            redirect.addFlashAttribute("flashError", refused.getMessage());
        }
        return "redirect:/projects/" + projectId + "#lifecycle";
    }

    @PostMapping("/projects/{projectId}/lifecycle/stages/{stageIndex}/deliverables/{deliverableIndex}")
    @PreAuthorize("@stagegatePermissions.canManageLifecycle(#projectId)")
    String updateDeliverable(@PathVariable long projectId, @PathVariable int stageIndex, @PathVariable int deliverableIndex,
                             @RequestParam(required = false) DeliverableStatus status,
                             @RequestParam(required = false) String link, @RequestParam(required = false) Long version,
                             RedirectAttributes redirect) {
        try {
            lifecycles.updateDeliverable(projectId, stageIndex, deliverableIndex, status, link, version == null ? -1 : version);
            redirect.addFlashAttribute("flash", "The deliverable was saved.");
        } catch (DomainException refused) {
            redirect.addFlashAttribute("flashError", refused.getMessage());
        }
        return "redirect:/projects/" + projectId + "#lifecycle";
    }

    @GetMapping("/portfolio/board")
    String board(@RequestParam(required = false) Long program, Model model) {
        model.addAttribute("board", lifecycles.board(program));
        model.addAttribute("programs", portfolio.allPrograms());
        model.addAttribute("program", program);
        return "stagegate/board";
    }
}
