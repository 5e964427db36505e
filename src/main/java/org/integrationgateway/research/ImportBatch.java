package org.integrationgateway.research;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.integrationgateway.research.events.ImportFinished;
import org.integrationgateway.research.events.ImportProgressed;
import org.integrationgateway.research.events.ImportSnapshot;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One CSV import of findings. It is QUEUED when the file is received, RUNNING while its rows are checked (the count
 * of rows checked grows as it goes) and then either SUCCEEDED, with every row imported, or FAILED, with nothing
 * imported and either the bad rows (line and reason; at most {@code maxListed} of them are kept, all are counted) or
 * the reason the whole file was refused or the import broke off. A finished batch does not change.
 */
@Table("research_import")
public class ImportBatch extends AbstractAggregateRoot<ImportBatch> {

    public static final int MAX_FILE_NAME = 200;
    public static final int MAX_REASON = 1_000;

    @Id
    private Long id;
    private final String fileName;
    private final long fileSize;
    private ImportState state;
    private int rowsTotal;
    private int rowsChecked;
    private int imported;
    private int errorCount;
    private String failure;
    private final Long createdBy;
    private final String createdByName;
    private final Instant createdAt;
    private Instant startedAt;
    private Instant finishedAt;
    @MappedCollection(idColumn = "research_import", keyColumn = "position")
    private List<ImportError> errors;
    @Version
    private Long version;

    @PersistenceCreator
    ImportBatch(Long id, String fileName, long fileSize, ImportState state, int rowsTotal, int rowsChecked,
                int imported, int errorCount, String failure, Long createdBy, String createdByName, Instant createdAt,
                Instant startedAt, Instant finishedAt, List<ImportError> errors, Long version) {
        this.id = id;
        this.fileName = fileName;
        this.fileSize = fileSize;
        this.state = state;
        this.rowsTotal = rowsTotal;
        this.rowsChecked = rowsChecked;
        this.imported = imported;
        this.errorCount = errorCount;
        this.failure = failure;
        this.createdBy = createdBy;
        this.createdByName = createdByName;
        this.createdAt = createdAt;
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.errors = new ArrayList<>(errors);
        this.version = version;
    }

    /** A batch for a received file, queued for the background worker. */
    static ImportBatch queue(String fileName, long fileSize, Long person, String name, Instant now) {
        return new ImportBatch(null, fileName(fileName), fileSize, ImportState.QUEUED, 0, 0, 0, 0, null, person, name,
                now, null, null, List.of(), null);
    }

    /** The worker picked it up. */
    void start(Instant now) {
        require(ImportState.QUEUED);
        state = ImportState.RUNNING;
        startedAt = now;
    }

    /** The file was read: it has {@code rows} rows under its header. */
    void counted(int rows) {
        require(ImportState.RUNNING);
        rowsTotal = rows;
        progressed(0, 0);
    }

    /** {@code checked} rows have been checked so far, {@code bad} of them with problems. */
    void progressed(int checked, int bad) {
        require(ImportState.RUNNING);
        rowsChecked = Math.min(Math.max(checked, rowsChecked), rowsTotal);
        errorCount = bad;
        registerEvent(new ImportProgressed(id == null ? 0 : id, createdBy, state.name(), rowsTotal, rowsChecked,
                errorCount));
    }

    /** Every row was imported, as {@code count} findings, in the transaction that saves this. */
    void succeeded(int count, Instant now) {
        require(ImportState.RUNNING);
        if (errorCount > 0 || count != rowsTotal) {
            throw new IllegalStateException("An import with bad rows or missing findings does not succeed");
        }
        rowsChecked = rowsTotal;
        imported = count;
        finish(ImportState.SUCCEEDED, null, now);
    }

    /**
     * Nothing was imported: {@code problems} lists bad rows (the first {@code maxListed} are kept, all are counted)
     * and {@code reason} says why in one sentence.
     */
    void failed(String reason, List<ImportError> problems, int maxListed, Instant now) {
        if (state.finished()) {
            throw new IllegalStateException("Import " + id + " already finished");
        }
        errors = new ArrayList<>(problems.stream().limit(maxListed).map(e -> new ImportError(e.line(),
                clip(e.reason()))).toList());
        errorCount = Math.max(errorCount, problems.size());
        imported = 0;
        finish(ImportState.FAILED, clip(reason), now);
    }

    private void finish(ImportState end, String reason, Instant now) {
        state = end;
        failure = reason;
        finishedAt = now;
        if (startedAt == null) {
            startedAt = now;
        }
        registerEvent(new ImportFinished(snapshot(), createdByName));
    }

    private void require(ImportState expected) {
        if (state != expected) {
            throw new IllegalStateException("Import " + id + " is " + state + ", not " + expected);
        }
    }

    public ImportSnapshot snapshot() {
        return new ImportSnapshot(id == null ? 0 : id, fileName, state.name(), rowsTotal, rowsChecked, imported,
                errorCount, failure, createdBy);
    }

    /** Progress in whole percent of rows checked (100 once finished). */
    public int percent() {
        if (state.finished()) {
            return 100;
        }
        return rowsTotal == 0 ? 0 : (int) (100L * rowsChecked / rowsTotal);
    }

    static String fileName(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = "upload.csv";
        }
        return name.length() <= MAX_FILE_NAME ? name : name.substring(0, MAX_FILE_NAME);
    }

    private static String clip(String text) {
        if (text == null) {
            return null;
        }
        return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON - 3) + "...";
    }

    public Long getId() { return id; }

    public String getFileName() { return fileName; }

    public long getFileSize() { return fileSize; }

    public ImportState getState() { return state; }

    public int getRowsTotal() { return rowsTotal; }

    public int getRowsChecked() { return rowsChecked; }

    public int getImported() { return imported; }

    public int getErrorCount() { return errorCount; }

    public String getFailure() { return failure; }

    public Long getCreatedBy() { return createdBy; }

    public String getCreatedByName() { return createdByName; }

    public Instant getCreatedAt() { return createdAt; }

    public Instant getStartedAt() { return startedAt; }

    public Instant getFinishedAt() { return finishedAt; }

    public List<ImportError> getErrors() { return List.copyOf(errors); }

    public Long getVersion() { return version; }
}
