package org.integrationgateway.changecontrol.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.integrationgateway.changecontrol.ChangeClass;
import org.integrationgateway.changecontrol.ChangeControl;
import org.integrationgateway.changecontrol.ChangeControlPermissions;
import org.integrationgateway.changecontrol.ChangeCounts;
import org.integrationgateway.changecontrol.ChangeFilter;
import org.integrationgateway.changecontrol.ChangeQueries;
import org.integrationgateway.changecontrol.ChangeRequest;
import org.integrationgateway.changecontrol.ChangeState;
import org.integrationgateway.changecontrol.DecisionQueueEntry;
import org.integrationgateway.changecontrol.Origin;
import org.integrationgateway.portfolio.Portfolio;
import org.integrationgateway.portfolio.Project;
import org.integrationgateway.shared.Paging;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A project's change log (filtered, paged, exported as CSV), the change section of the project page (counts and the
 * banner of an emergency change holding the project interrupted) and the signed-in board member's decision queue.
 */
@Controller
@PreAuthorize("@changeControlPermissions.canRead()")
class ChangeLogWebController {

    private final ChangeQueries queries;
    private final ChangeControl changeControl;
    private final ChangeControlPermissions permissions;
    private final Portfolio portfolio;

    ChangeLogWebController(ChangeQueries queries, ChangeControl changeControl, ChangeControlPermissions permissions,
                           Portfolio portfolio) {
        this.queries = queries;
        this.changeControl = changeControl;
        this.permissions = permissions;
        this.portfolio = portfolio;
    }

    @GetMapping("/projects/{projectId}/changes")
    String log(@PathVariable long projectId, @RequestParam(required = false) ChangeState state,
               @RequestParam(required = false) Origin origin, @RequestParam(required = false) ChangeClass changeClass,
               @RequestParam(required = false) Integer targetStage, @RequestParam(required = false) String q,
               @RequestParam(required = false) String sort, @RequestParam(required = false) Integer page, Model model) {
        Project project = portfolio.project(projectId);
        ChangeFilter filter = new ChangeFilter(state, origin, changeClass, targetStage, q);
        PageRequest pageable = Paging.of(page, null, sort, ChangeQueries.SORT.keySet(), ChangeQueries.DEFAULT_SORT);
        model.addAttribute("project", project);
        model.addAttribute("entries", queries.changeLog(projectId, filter, pageable));
        model.addAttribute("gateNames", changeControl.gates(projectId).gateNames());
        model.addAttribute("states", ChangeState.values());
        model.addAttribute("origins", Origin.values());
        model.addAttribute("classes", ChangeClass.values());
        model.addAttribute("state", state);
        model.addAttribute("origin", origin);
        model.addAttribute("changeClass", changeClass);
        model.addAttribute("targetStage", targetStage);
        model.addAttribute("q", q);
        model.addAttribute("canRaise", permissions.canRaise(projectId));
        model.addAttribute("canConfigure", permissions.canConfigure(projectId));
        UriComponentsBuilder filters = UriComponentsBuilder.newInstance();
        if (state != null) {
            filters.queryParam("state", state);
        }
        if (origin != null) {
            filters.queryParam("origin", origin);
        }
        if (changeClass != null) {
            filters.queryParam("changeClass", changeClass);
        }
        if (targetStage != null) {
            filters.queryParam("targetStage", targetStage);
        }
        if (q != null && !q.isBlank()) {
            filters.queryParam("q", q);
        }
        if (sort != null && !sort.isBlank()) {
            filters.queryParam("sort", sort);
        }
        String query = filters.encode().toUriString();
        model.addAttribute("baseUrl", "/projects/" + projectId + "/changes" + query);
        model.addAttribute("csvUrl", "/projects/" + projectId + "/changes.csv" + query);
        return "changecontrol/log";
    }

    @GetMapping("/projects/{projectId}/changes.csv")
    void csv(@PathVariable long projectId, @RequestParam(required = false) ChangeState state,
             @RequestParam(required = false) Origin origin, @RequestParam(required = false) ChangeClass changeClass,
             @RequestParam(required = false) Integer targetStage, @RequestParam(required = false) String q,
             HttpServletResponse response) throws IOException {
        Project project = portfolio.project(projectId);
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(project.getCode() + "-change-log.csv", StandardCharsets.UTF_8).build().toString());
        queries.exportCsv(projectId, new ChangeFilter(state, origin, changeClass, targetStage, q), response.getWriter());
    }

    @GetMapping("/projects/{projectId}/changes/summary")
    String summary(@PathVariable long projectId, Model model) {
        Project project = portfolio.project(projectId);
        ChangeCounts counts = queries.counts(projectId);
        List<ChangeRequest> interrupting = List.of();
        if (counts.openEmergencies() > 0) {
            interrupting = queries.interruptingIds(projectId).stream().map(changeControl::changeRequest).toList();
        }
        model.addAttribute("project", project);
        model.addAttribute("counts", counts);
        model.addAttribute("interrupting", interrupting);
        model.addAttribute("canRaise", permissions.canRaise(projectId));
        return "changecontrol/summary :: summary";
    }

    @GetMapping("/changes/decisions")
    String decisions(Model model) {
        Long me = permissions.currentPerson();
        List<DecisionQueueEntry> queue = me == null ? List.of() : queries.decisionQueue(me);
        model.addAttribute("queue", queue.stream().map(entry -> new QueueRow(entry,
                entry.timeLeft() == null ? null : ChangeRequestWebController.timeLeft(entry.timeLeft()))).toList());
        return "changecontrol/decisions";
    }

    /** The queue alone, which the page re-fetches when a change request changes. */
    @GetMapping("/changes/decisions/queue")
    String decisionQueue(Model model) {
        decisions(model);
        return "changecontrol/decisions :: queue";
    }

    /** A queue entry with its time left as people read it. */
    record QueueRow(DecisionQueueEntry entry, String timeLeft) {
    }
}
