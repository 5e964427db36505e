package org.integrationgateway.meetings.web;

import org.integrationgateway.meetings.Cadence;
import org.integrationgateway.meetings.Rag;
import org.integrationgateway.meetings.StatusOverview;
import org.integrationgateway.meetings.StatusReport;
import org.integrationgateway.meetings.StatusReportPermissions;
import org.integrationgateway.meetings.StatusReporting;
import org.integrationgateway.meetings.web.StatusReportForms.CadenceForm;
import org.integrationgateway.meetings.web.StatusReportForms.ReportForm;
import org.integrationgateway.portfolio.Project;
import org.integrationgateway.shared.DomainException;
import org.integrationgateway.shared.FormErrors;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.shared.NotPermittedException;
import org.integrationgateway.shared.Paging;
import org.springframework.data.domain.PageRequest;
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
 * Status report pages: a project's history (newest period first, paged) with where it stands, the new-report form
 * and the cadence for the project manager; a report with its narrative as safe Markdown; and the latest, a fragment
 * the project page loads with htmx (empty for someone who may not read it). Refusals of the domain are shown next to
 * the field they name and nothing is saved. Members, administrators and PMO read; the manager, administrators and
 * PMO write (403 for other staff); customers get 404.
 */
@Controller
@PreAuthorize("@statusReportPermissions.isStaff()")
class StatusReportWebController {

    private final StatusReporting reporting;
    private final StatusReportPermissions permissions;

    StatusReportWebController(StatusReporting reporting, StatusReportPermissions permissions) {
        this.reporting = reporting;
        this.permissions = permissions;
    }

    @GetMapping("/projects/{projectId}/status-reports")
    String history(@PathVariable long projectId, @RequestParam(required = false) Integer page, Model model) {
        if (!model.containsAttribute("report")) {
            ReportForm form = new ReportForm();
            form.setReportingDate(reporting.today());
            model.addAttribute("report", form);
        }
        return historyPage(projectId, page, model);
    }

    @PostMapping("/projects/{projectId}/status-reports")
    String publish(@PathVariable long projectId, @ModelAttribute("report") ReportForm form, BindingResult result,
                   Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                StatusReport report = reporting.publish(projectId, form.draft());
                redirect.addFlashAttribute("flash", "The status report for " + report.getPeriodStart() + " to "
                        + report.getPeriodEnd() + " was published.");
                return "redirect:/status-reports/" + report.getId();
            } catch (NotPermittedException | NotFoundException refused) {
                throw refused;
            } catch (DomainException refused) {
                FormErrors.show(refused, result);
            }
        }
        return historyPage(projectId, null, model);
    }

    @PostMapping("/projects/{projectId}/reporting-cadence")
    String cadence(@PathVariable long projectId, @ModelAttribute("cadenceForm") CadenceForm form, BindingResult result,
                   RedirectAttributes redirect) {
        if (result.hasErrors()) {
            redirect.addFlashAttribute("flashError", "Choose weekly, fortnightly or monthly. Nothing was changed.");
            return "redirect:/projects/" + projectId + "/status-reports";
        }
        try {
            reporting.changeCadence(projectId, form.getVersion(), form.getCadence());
            redirect.addFlashAttribute("flash", "The reporting cadence was changed.");
        } catch (NotPermittedException | NotFoundException refused) {
            throw refused;
        } catch (DomainException refused) {
            redirect.addFlashAttribute("flashError", refused.getMessage() + " Nothing was changed.");
        }
        return "redirect:/projects/" + projectId + "/status-reports";
    }

    @GetMapping("/status-reports/{id}")
    String report(@PathVariable long id, Model model) {
        StatusReport report = reporting.report(id);
        model.addAttribute("statusReport", report);
        model.addAttribute("project", reporting.readableProject(report.getProjectId()));
        return "meetings/status-report";
    }

    @GetMapping("/projects/{projectId}/status-reports/latest")
    String latest(@PathVariable long projectId, Model model) {
        boolean readable = permissions.canRead(projectId);
        model.addAttribute("readable", readable);
        model.addAttribute("projectId", projectId);
        if (readable) {
            model.addAttribute("overview", reporting.overview(projectId));
            model.addAttribute("today", reporting.today());
        }
        return "meetings/latest :: latest";
    }

    private String historyPage(long projectId, Integer page, Model model) {
        Project project = reporting.readableProject(projectId);
        StatusOverview overview = reporting.overview(projectId);
        int pageNumber = page == null || page < 0 ? 0 : page;
        model.addAttribute("project", project);
        model.addAttribute("overview", overview);
        model.addAttribute("today", reporting.today());
        model.addAttribute("history", reporting.history(projectId,
                PageRequest.of(pageNumber, Paging.DEFAULT_SIZE, StatusReporting.NEWEST_FIRST)));
        model.addAttribute("canWrite", reporting.canWrite(projectId));
        model.addAttribute("rags", Rag.values());
        model.addAttribute("cadences", Cadence.values());
        if (!model.containsAttribute("cadenceForm")) {
            CadenceForm cadence = new CadenceForm();
            cadence.setCadence(overview.cadence());
            cadence.setVersion(overview.cadenceVersion());
            model.addAttribute("cadenceForm", cadence);
        }
        return "meetings/status-reports";
    }
}
