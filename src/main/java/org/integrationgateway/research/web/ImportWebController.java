package org.integrationgateway.research.web;

import org.integrationgateway.research.ImportBatch;
import org.integrationgateway.research.ResearchImports;
import org.integrationgateway.shared.DomainException;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.RuleViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The import pages: the upload form, and the batch page whose progress fragment the browser polls every 500 ms
 * (htmx) while the batch runs; the finished fragment stops the polling and shows the outcome and the bad rows.
 */
@Controller
@PreAuthorize("@researchPermissions.canWrite()")
class ImportWebController {

    private final ResearchImports imports;

    ImportWebController(ResearchImports imports) {
        this.imports = imports;
    }

    @GetMapping("/research/imports/new")
    String form(Model model) {
        return form(model, null);
    }

    @PostMapping("/research/imports")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
                  HttpServletResponse response) {
        boolean chosen = file != null && !(file.isEmpty() && (file.getOriginalFilename() == null
                || file.getOriginalFilename().isBlank()));
        try {
            ImportBatch batch = imports.start(chosen ? file.getOriginalFilename() : null, chosen ? file.getSize() : 0,
                    chosen ? file : null);
            return "redirect:/research/imports/" + batch.getId();
        } catch (InvalidRequestException | RuleViolationException refused) {
            response.setStatus(refused instanceof RuleViolationException ? HttpStatus.UNPROCESSABLE_CONTENT.value()
                    : HttpStatus.BAD_REQUEST.value());
            return form(model, refused);
        }
    }

    @GetMapping("/research/imports/{id}")
    String batch(@PathVariable long id, Model model) {
        model.addAttribute("batch", imports.batch(id));
        return "research/import";
    }

    @GetMapping("/research/imports/{id}/progress")
    String progress(@PathVariable long id, Model model) {
        model.addAttribute("batch", imports.batch(id));
        return "research/import :: progress";
    }

    private String form(Model model, DomainException error) {
        model.addAttribute("error", error == null ? null : error.getMessage());
        model.addAttribute("recent", imports.recent());
        model.addAttribute("maxMegabytes", imports.settings().maxFileSize().toMegabytes());
        model.addAttribute("maxRows", imports.settings().maxRows());
        return "research/import-form";
    }
}
