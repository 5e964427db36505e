package org.integrationgateway.transfer.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import org.integrationgateway.transfer.ImportSummary;
import org.integrationgateway.transfer.ProjectTransfer;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Project export and import as JSON ({@code docs/export-format.md}). Export: administrators, PMO and the project's
 * manager; import: administrators and PMO. The import body is the export file itself.
 */
@RestController
@RequestMapping("/api/projects")
@Tag(name = "Project transfer", description = "Export a project with everything about it as one JSON document, and "
        + "import such a document into another instance (docs/export-format.md).")
class TransferApiController {

    private final ProjectTransfer transfer;

    TransferApiController(ProjectTransfer transfer) {
        this.transfer = transfer;
    }

    @Operation(summary = "Exports a project with everything about it",
            description = "A document of format integration-gateway/project-export, version 1, downloaded as "
                    + "project-<code>.json. Administrators, PMO and the project's manager.")
    @GetMapping(value = "/{id}/export", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> export(@PathVariable long id) {
        return ExportDownload.of(transfer.export(id));
    }

    @Operation(summary = "Imports a project export",
            description = "The body is an export file. All or nothing: 201 with the rows created and matched per "
                    + "table; 409 when the project's code exists here; 422 for another format or version, a file over "
                    + "the size limit (gateway.transfer.max-file-size) or a file that does not fit the schema. "
                    + "Administrators and PMO.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(type = "object", description = "A project export document"))))
    @PostMapping("/import")
    ResponseEntity<ImportSummary> importProject(HttpServletRequest request) throws IOException {
        ImportSummary summary = transfer.importProject(request.getInputStream());
        return ResponseEntity.created(URI.create("/api/projects/" + summary.projectId())).body(summary);
    }
}
