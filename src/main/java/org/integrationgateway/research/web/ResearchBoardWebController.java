package org.integrationgateway.research.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.integrationgateway.portfolio.Portfolio;
import org.integrationgateway.portfolio.ProjectFilter;
import org.integrationgateway.research.Confidence;
import org.integrationgateway.research.EvidenceSource;
import org.integrationgateway.research.Finding;
import org.integrationgateway.research.FindingFilter;
import org.integrationgateway.research.FindingState;
import org.integrationgateway.research.Research;
import org.integrationgateway.research.ResearchQueries;
import org.integrationgateway.shared.Paging;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The research board: findings by state (tabs New, Interpreted, Actioned with their counts under the other filters),
 * filtered by segment, source, project, confidence and open contradiction, searched, paged; and the project's flag, a
 * fragment the project page loads with htmx, listing the findings that contradict its baseline. A filter value that is
 * not understood is shown as an error next to the filter, not a 400 page. Staff only (customers 404).
 */
@Controller
@PreAuthorize("@researchPermissions.canRead()")
class ResearchBoardWebController {

    private final ResearchQueries queries;
    private final Research research;
    private final Portfolio portfolio;

    ResearchBoardWebController(ResearchQueries queries, Research research, Portfolio portfolio) {
        this.queries = queries;
        this.research = research;
        this.portfolio = portfolio;
    }

    @GetMapping("/research")
    String board(@RequestParam(required = false) String state, @RequestParam(required = false) String segment,
                 @RequestParam(required = false) String source, @RequestParam(required = false) String projectId,
                 @RequestParam(required = false) String confidence, @RequestParam(required = false) String flagged,
                 @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
                 @RequestParam(required = false) String sort, Model model) {
        Map<String, String> errors = new HashMap<>();
        FindingState chosenState = parse(FindingState.class, state, "state", errors);
        EvidenceSource chosenSource = parse(EvidenceSource.class, source, "source", errors);
        Confidence chosenConfidence = parse(Confidence.class, confidence, "confidence", errors);
        Long project = null;
        if (projectId != null && !projectId.isBlank()) {
            try {
                project = Long.parseLong(projectId.strip());
            } catch (NumberFormatException notANumber) {
                errors.put("projectId", "unknown");
            }
        }
        Boolean onlyFlagged = flagged == null || flagged.isBlank() ? null : Boolean.valueOf(flagged.strip());
        String search = q == null || q.isBlank() ? null : q.strip();
        if (search != null && search.length() > FindingFilter.MAX_QUERY) {
            errors.put("q", "long");
            search = null;
        }
        String sortField = sort != null && ResearchQueries.SORT.containsKey(sort.split(",")[0].strip()) ? sort : null;
        if (sort != null && !sort.isBlank() && sortField == null) {
            errors.put("sort", "unknown");
        }
        int pageNumber = page == null || page < 0 ? 0 : page;
        PageRequest pageable = Paging.of(pageNumber, null, sortField, ResearchQueries.SORT.keySet(),
                ResearchQueries.DEFAULT_SORT);
        FindingState shown = chosenState == null ? FindingState.NEW : chosenState;
        FindingFilter filter = new FindingFilter(shown, blankToNull(segment), chosenSource, project, chosenConfidence,
                onlyFlagged, search);
        model.addAttribute("filter", filter);
        model.addAttribute("errors", errors);
        model.addAttribute("states", FindingState.values());
        model.addAttribute("sources", EvidenceSource.values());
        model.addAttribute("confidences", Confidence.values());
        model.addAttribute("segments", queries.segments());
        model.addAttribute("projects", portfolio.projects(ProjectFilter.none(),
                PageRequest.of(0, FindingWebController.PROJECT_CHOICES, Sort.by("code"))).getContent());
        model.addAttribute("counts", queries.counts(filter));
        model.addAttribute("findings", queries.findings(filter, pageable));
        model.addAttribute("canWrite", research.researcher().mayWrite());
        model.addAttribute("baseUrl", url(filter, sortField, shown));
        model.addAttribute("filtered", filter.segment() != null || filter.source() != null || filter.projectId() != null
                || filter.confidence() != null || filter.flagged() != null || filter.q() != null);
        Map<String, String> tabUrls = new HashMap<>();
        for (FindingState s : FindingState.values()) {
            tabUrls.put(s.name(), url(filter, sortField, s));
        }
        model.addAttribute("tabUrls", tabUrls);
        return "research/board";
    }

    /** The project's flag: the findings contradicting its baseline that are not yet actioned (empty when none). */
    @GetMapping("/research/projects/{id}/flag")
    String flag(@PathVariable long id, Model model) {
        List<Finding> open = research.openContradictions(id);
        model.addAttribute("projectId", id);
        model.addAttribute("contradicting", open);
        return "research/flag :: flag";
    }

    private static String url(FindingFilter filter, String sort, FindingState state) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/research").queryParam("state", state.name());
        if (filter.segment() != null) {
            url.queryParam("segment", filter.segment());
        }
        if (filter.source() != null) {
            url.queryParam("source", filter.source().name());
        }
        if (filter.projectId() != null) {
            url.queryParam("projectId", filter.projectId());
        }
        if (filter.confidence() != null) {
            url.queryParam("confidence", filter.confidence().name());
        }
        if (filter.flagged() != null) {
            url.queryParam("flagged", filter.flagged());
        }
        if (filter.q() != null) {
            url.queryParam("q", filter.q());
        }
        if (sort != null) {
            url.queryParam("sort", sort);
        }
        return url.encode().build().toUriString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            errors.put(field, "unknown");
            return null;
        }
    }
}
