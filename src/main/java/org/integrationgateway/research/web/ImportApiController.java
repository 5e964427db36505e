package org.integrationgateway.research.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.integrationgateway.research.ImportBatch;
import org.integrationgateway.research.ImportError;
import org.integrationgateway.research.ResearchImports;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Research imports", description = "Findings imported in bulk from a CSV file (docs/research-import.md): "
        + "checked and imported in the background, all or nothing. Marketing people, administrators and PMO only "
        + "(403 not-in-marketing for other staff, 404 for customers).")
@PreAuthorize("@researchPermissions.canWrite()")
class ImportApiController {

    private final ResearchImports imports;

    ImportApiController(ResearchImports imports) {
        this.imports = imports;
    }

    @PostMapping(path = "/api/research/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Uploads a CSV file of findings and queues its import",
            description = "Multipart field file: UTF-8 CSV with a header row (title, summary, source, segment, "
                    + "evidence, links, sample_size, confidence, observed_on). Answers 202 at once with the queued "
                    + "batch and its address in Location; follow it with GET until state is SUCCEEDED (every row "
                    + "imported) or FAILED (nothing imported; errors list the lines and reasons). 400 without a file, "
                    + "422 file-too-large above the limit (10 MB by default).")
    ResponseEntity<ImportResponse> upload(@RequestParam(name = "file", required = false) MultipartFile file) {
        ImportBatch batch = imports.start(file == null ? null : file.getOriginalFilename(),
                file == null ? 0 : file.getSize(), file == null || file.isEmpty() && file.getOriginalFilename() == null
                        ? null : file);
        return ResponseEntity.accepted().location(URI.create("/api/research/imports/" + batch.getId()))
                .body(ImportResponse.of(batch));
    }

    @GetMapping("/api/research/imports/{id}")
    @Operation(summary = "An import: its state, rows checked of the total, findings imported and the bad rows",
            description = "rowsChecked grows while it runs. errors lists at most 1,000 bad rows (errorCount counts "
                    + "all). 404 when there is no such import.")
    ImportResponse get(@PathVariable long id) {
        return ImportResponse.of(imports.batch(id));
    }

    /** An import as the API shows it. */
    record ImportResponse(long id, String fileName, long fileSize, String state, int rowsTotal, int rowsChecked,
                          int percent, int imported, int errorCount, String failure, List<ImportError> errors,
                          Long createdBy, String createdByName, Instant createdAt, Instant startedAt,
                          Instant finishedAt, long version) {

        static ImportResponse of(ImportBatch b) {
            return new ImportResponse(b.getId(), b.getFileName(), b.getFileSize(), b.getState().name(),
                    b.getRowsTotal(), b.getRowsChecked(), b.percent(), b.getImported(), b.getErrorCount(),
                    b.getFailure(), b.getErrors(), b.getCreatedBy(), b.getCreatedByName(), b.getCreatedAt(),
                    b.getStartedAt(), b.getFinishedAt(), b.getVersion());
        }
    }
}
