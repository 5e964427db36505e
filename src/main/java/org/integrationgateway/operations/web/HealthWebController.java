package org.integrationgateway.operations.web;

import org.integrationgateway.operations.SystemHealth;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The administrators' system health page: each concern with its figures, status and warnings. */
@Controller
@RequestMapping("/admin/health")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class HealthWebController {

    private final SystemHealth health;

    HealthWebController(SystemHealth health) {
        this.health = health;
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("health", health.check());
        return "admin/health";
    }
}
