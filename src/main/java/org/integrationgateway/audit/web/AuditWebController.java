package org.integrationgateway.audit.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import org.integrationgateway.audit.AuditLog;
import org.integrationgateway.audit.AuditQuery;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.Paging;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The administrators' audit page. A filter that cannot be read is shown next to its field with status 400. */
@Controller
@RequestMapping("/admin/audit")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class AuditWebController {

    private final AuditLog auditLog;

    AuditWebController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping
    String list(@ModelAttribute("filter") AuditFilter filter, @RequestParam(required = false) Integer page,
                Model model, HttpServletResponse response) {
        model.addAttribute("entityTypes", auditLog.entityTypes());
        model.addAttribute("baseUrl", filter.toUrl("/admin/audit"));
        try {
            Instant from = AuditQuery.parseTime("from", filter.from());
            Instant to = AuditQuery.parseTime("to", filter.to());
            AuditQuery query = new AuditQuery(filter.entityType(), filter.entityId(), filter.actor(), from, to);
            Page<AuditRow> entries = auditLog.find(query, Paging.of(page, Paging.DEFAULT_SIZE, null, AuditLog.SORTABLE,
                    AuditLog.NEWEST_FIRST)).map(AuditRow::of);
            model.addAttribute("entries", entries);
        } catch (InvalidRequestException invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("invalidField", invalid.field());
            model.addAttribute("invalidMessage", invalid.getMessage());
        }
        return "audit/list";
    }

    /** The filter form as typed; times are parsed by {@link AuditQuery#parseTime}. */
    record AuditFilter(String entityType, String entityId, String actor, String from, String to) {

        String toUrl(String path) {
            UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
            add(url, "entityType", entityType);
            add(url, "entityId", entityId);
            add(url, "actor", actor);
            add(url, "from", from);
            add(url, "to", to);
            return url.encode().build().toUriString();
        }

        private static void add(UriComponentsBuilder url, String name, String value) {
            if (value != null && !value.isBlank()) {
                url.queryParam(name, value.trim());
            }
        }
    }
}
