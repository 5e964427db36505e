package org.integrationgateway.transfer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.integrationgateway.identity.CurrentUser;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.shared.NotPermittedException;
import org.integrationgateway.shared.RuleViolationException;
import org.integrationgateway.transfer.events.ProjectExported;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Project export and import ({@code docs/export-format.md}). Administrators and PMO export any project, a project's
 * manager their own; only administrators and PMO import.
 */
@Service
public class ProjectTransfer {

    /** An export file: its name ({@code project-<code>.json}) and its content. */
    public record ExportFile(String fileName, byte[] content) {

        public ExportFile {
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final ProjectExporter exporter;
    private final ProjectImporter importer;
    private final TransactionTemplate writing;
    private final ApplicationEventPublisher events;
    private final TransferSettings settings;
    private final Clock clock;

    ProjectTransfer(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, TransferSettings settings,
                    Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.writing = new TransactionTemplate(transactionManager);
        this.events = events;
        this.exporter = new ProjectExporter(jdbc);
        this.importer = new ProjectImporter(jdbc, transactionManager, events);
        this.settings = settings;
        this.clock = clock;
    }

    public TransferSettings settings() {
        return settings;
    }

    /** Whether the current user may export the project: administrators, PMO and the project's manager. */
    public boolean canExport(long projectId) {
        return CurrentUser.get().filter(user -> !user.isCustomer()).map(user -> user.isAdministratorOrPmo()
                || managesProject(projectId, user.accountId())).orElse(false);
    }

    public boolean canImport() {
        return CurrentUser.get().map(CurrentUser::isAdministratorOrPmo).orElse(false);
    }

    public ExportFile export(long projectId) {
        List<String> code = jdbc.queryForList("select code from project where id = ?", String.class, projectId);
        if (code.isEmpty()) {
            throw new NotFoundException("Project", projectId);
        }
        if (!canExport(projectId)) {
            throw new NotPermittedException("transfer-export-not-permitted",
                    "Only administrators, PMO and the project's manager may export a project.");
        }
        ProjectExporter.Origin origin = new ProjectExporter.Origin(settings.instanceName(), CurrentUser.actorName(),
                OffsetDateTime.now(clock));
        byte[] content = readOnly.execute(status -> JSON.writeValueAsBytes(exporter.export(projectId, origin)));
        String fileName = "project-" + code.get(0).replaceAll("[^A-Za-z0-9_-]", "_") + ".json";
        writing.executeWithoutResult(status -> events.publishEvent(
                new ProjectExported(projectId, code.get(0), fileName, content.length)));
        return new ExportFile(fileName, content);
    }

    /** Imports a project export read from {@code in}; refuses files over the size limit or of another format (422). */
    public ImportSummary importProject(InputStream in) {
        if (!canImport()) {
            throw new NotPermittedException("transfer-import-not-permitted",
                    "Only administrators and PMO may import a project.");
        }
        JsonNode document;
        try {
            document = JSON.readTree(readAtMost(in, settings.maxFileSize().toBytes()));
        } catch (JacksonException e) {
            throw new RuleViolationException("transfer-format", "file",
                    "This file is not an Integration Gateway project export: it is not valid JSON.");
        }
        ProjectImporter.Result result = importer.importProject(document);
        return new ImportSummary(result.projectId(), result.code(), result.created(), result.matched());
    }

    private byte[] readAtMost(InputStream in, long limit) {
        try (InputStream input = in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int read;
            while ((read = input.read(buffer)) >= 0) {
                total += read;
                if (total > limit) {
                    throw new RuleViolationException("transfer-file-too-large", "file", "The file is larger than "
                            + settings.maxFileSize().toMegabytes() + " MB, the largest project export this instance imports.");
                }
                out.write(buffer, 0, read);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean managesProject(long projectId, long accountId) {
        Integer count = jdbc.queryForObject("select count(*) from project p join person m on m.id = p.manager "
                + "where p.id = ? and m.user_account = ?", Integer.class, projectId, accountId);
        return count != null && count > 0;
    }
}
