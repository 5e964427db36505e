package org.integrationgateway.transfer.web;

import org.integrationgateway.transfer.ProjectTransfer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The answer that downloads a project export, the same from the API and the pages. */
final class ExportDownload {

    private ExportDownload() {
    }

    static ResponseEntity<byte[]> of(ProjectTransfer.ExportFile file) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName())
                        .build().toString())
                .contentType(MediaType.APPLICATION_JSON)
                .body(file.content());
    }
}
