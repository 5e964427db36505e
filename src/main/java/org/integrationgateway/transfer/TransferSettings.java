package org.integrationgateway.transfer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code gateway.transfer}: the largest project export file an import accepts (kept below the multipart upload limit
 * {@code spring.servlet.multipart.max-file-size}, so the page can say so itself), and the name this instance writes
 * into its exports ({@code exportedFrom.instance}).
 */
@ConfigurationProperties("gateway.transfer")
public record TransferSettings(@DefaultValue("10MB") DataSize maxFileSize,
                               @DefaultValue("integration-gateway") String instanceName) {
}
