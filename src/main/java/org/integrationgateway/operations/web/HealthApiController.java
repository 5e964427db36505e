package org.integrationgateway.operations.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.integrationgateway.operations.HealthReport;
import org.integrationgateway.operations.SystemHealth;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin/health")
@PreAuthorize("hasRole('ADMINISTRATOR')")
@Tag(name = "System health", description = "Database, event backlog, live updates, webhooks, e-mail and nodes (administrators)")
class HealthApiController {

    private final SystemHealth health;

    HealthApiController(SystemHealth health) {
        this.health = health;
    }

    @GetMapping
    @Operation(summary = "Show the system health",
            description = "Status OK, WARNING, DOWN or UNKNOWN per section and overall, with the warnings that explain it. "
                    + "Answers 200 also when the database is down (then database.status is DOWN).")
    HealthReport show() {
        return health.check();
    }
}
