package org.integrationgateway.transfer.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.integrationgateway.shared.ConflictException;
import org.integrationgateway.shared.DomainException;
import org.integrationgateway.shared.NotPermittedException;
import org.integrationgateway.shared.RuleViolationException;
import org.integrationgateway.transfer.ImportSummary;
import org.integrationgateway.transfer.ProjectTransfer;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The pages of project transfer: the project page's "Export" button downloads {@code project-<code>.json}; the
 * import page (administrators and PMO) takes an export file and shows what was imported, per kind.
 */
@Controller
class TransferWebController {

    private final ProjectTransfer transfer;

    TransferWebController(ProjectTransfer transfer) {
        this.transfer = transfer;
    }

    @GetMapping("/projects/{id}/export")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        return ExportDownload.of(transfer.export(id));
    }

    @GetMapping("/projects/import")
    String form(Model model) {
        requireImport();
        return form(model, null);
    }

    @PostMapping("/projects/import")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
                  HttpServletResponse response) throws IOException {
        requireImport();
        if (file == null || file.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, "transfer.import.file.missing");
        }
        try (InputStream in = file.getInputStream()) {
            ImportSummary summary = transfer.importProject(in);
            model.addAttribute("summary", summary);
            return "transfer/imported";
        } catch (ConflictException | RuleViolationException refused) {
            response.setStatus(refused instanceof ConflictException ? HttpStatus.CONFLICT.value()
                    : HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, refused);
        }
    }

    private void requireImport() {
        if (!transfer.canImport()) {
            throw new NotPermittedException("transfer-import-not-permitted",
                    "Only administrators and PMO may import a project.");
        }
    }

    private String form(Model model, Object error) {
        model.addAttribute("error", error instanceof DomainException refused ? refused.getMessage() : null);
        model.addAttribute("errorKey", error instanceof String key ? key : null);
        model.addAttribute("maxMegabytes", transfer.settings().maxFileSize().toMegabytes());
        return "transfer/import";
    }
}
