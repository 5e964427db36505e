package org.integrationgateway.research;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.integrationgateway.research.ResearchPermissions.Researcher;
import org.integrationgateway.shared.DomainException;
import org.integrationgateway.shared.InvalidRequestException;
import org.integrationgateway.shared.NotFoundException;
import org.integrationgateway.shared.NotPermittedException;
import org.integrationgateway.shared.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.InputStreamSource;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports findings in bulk from a CSV file ({@link FindingCsv} describes the file). The request only receives the
 * file, checks its size and queues a batch; a small pool of background workers, acting as the person who uploaded it,
 * then checks every row by the rules of {@link Finding}, storing how many rows are checked as it goes, and imports
 * all of them in one transaction ({@link Research#surfaceAll}) only if none is bad. Whatever goes wrong, nothing is
 * half imported: the batch ends FAILED with the bad rows (line and reason) or the reason the file was refused. Only
 * marketing people, administrators and PMO import and see imports (403 {@code not-in-marketing} for other staff,
 * 404 for customers).
 *
 * <p>The file is held in memory while its batch is queued or running (at most {@code max-file-size} per batch and
 * {@code workers + queue} batches); a batch left QUEUED or RUNNING by a node that stopped is not resumed.
 */
@Service
public class ResearchImports {

    private static final Logger log = LoggerFactory.getLogger(ResearchImports.class);

    private final ImportBatches batches;
    private final Research research;
    private final ResearchPermissions permissions;
    private final TransactionTemplate transactions;
    private final ResearchImportSettings settings;
    private final Clock clock;
    private final ThreadPoolExecutor workers;

    ResearchImports(ImportBatches batches, Research research, ResearchPermissions permissions,
                    TransactionTemplate transactions, ResearchImportSettings settings, Clock clock) {
        this.batches = batches;
        this.research = research;
        this.permissions = permissions;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
        AtomicInteger threads = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(settings.workers(), settings.workers(), 1, TimeUnit.MINUTES,
                new ArrayBlockingQueue<>(Math.max(1, settings.queue())), runnable -> {
                    Thread thread = new Thread(runnable, "research-import-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        this.workers.allowCoreThreadTimeOut(true);
    }

    /**
     * Receives a file and queues its import, answering at once with the QUEUED batch (the file is checked in the
     * background). 400 without a file; 422 {@code file-too-large} above the size limit.
     */
    public ImportBatch start(String fileName, long size, InputStreamSource file) {
        Researcher researcher = writer();
        if (file == null) {
            throw new InvalidRequestException("file", "Choose a CSV file to import.");
        }
        long max = settings.maxFileSize().toBytes();
        if (size > max) {
            throw tooLarge(size);
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        } catch (IOException unreadable) {
            throw new InvalidRequestException("file", "The file could not be received; upload it again.");
        }
        if (content.length > max) {
            throw tooLarge(content.length);
        }
        ImportBatch batch = transactions.execute(status -> batches.save(ImportBatch.queue(fileName, content.length,
                researcher.personId(), researcher.name(), clock.instant())));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        long id = batch.getId();
        String name = batch.getFileName();
        try {
            workers.execute(new DelegatingSecurityContextRunnable(() -> run(id, name, content), context));
        } catch (RejectedExecutionException busy) {
            return fail(id, "Too many imports are waiting; nothing was imported. Upload the file again in a few "
                    + "minutes.");
        }
        return batch;
    }

    /** A batch with its progress and, once finished, its outcome. */
    public ImportBatch batch(long id) {
        writer();
        return batches.findById(id).orElseThrow(() -> new NotFoundException("Import", id));
    }

    /** The latest imports, newest first. */
    public List<ImportBatch> recent() {
        writer();
        return batches.findTop10ByOrderByIdDesc();
    }

    public ResearchImportSettings settings() {
        return settings;
    }

    // ---- the background work ----------------------------------------------------------------------------------------

    private void run(long id, String fileName, byte[] content) {
        try {
            Tracker tracker = new Tracker(transactions.execute(status -> {
                ImportBatch batch = batches.findById(id).orElseThrow();
                batch.start(clock.instant());
                return batches.save(batch);
            }));
            FindingCsv.Result result = new FindingCsv(settings.maxRows(), research.today()).read(fileName, content,
                    tracker);
            if (!result.good()) {
                tracker.update(batch -> batch.failed(result.failure(), result.errors(), settings.maxListedErrors(),
                        clock.instant()));
                return;
            }
            try {
                tracker.update(batch -> {
                    research.surfaceAll(result.drafts(), id);
                    batch.succeeded(result.drafts().size(), clock.instant());
                });
            } catch (RuntimeException refused) {
                fail(id, refused instanceof DomainException domain ? domain.getMessage() + " Nothing was imported."
                        : "The findings could not be saved; nothing was imported.");
                if (!(refused instanceof DomainException)) {
                    log.warn("Import {} rolled back", id, refused);
                }
            }
        } catch (RuntimeException broken) {
            log.error("Import {} broke off", id, broken);
            try {
                fail(id, "The import broke off unexpectedly; nothing was imported.");
            } catch (RuntimeException alsoBroken) {
                log.error("Import {} could not be marked as failed", id, alsoBroken);
            }
        }
    }

    private ImportBatch fail(long id, String reason) {
        return transactions.execute(status -> {
            ImportBatch batch = batches.findById(id).orElseThrow();
            if (!batch.getState().finished()) {
                batch.failed(reason, List.of(), settings.maxListedErrors(), clock.instant());
            }
            return batches.save(batch);
        });
    }

    /** Stores progress every {@code progress-rows} rows or {@code progress-interval}, whichever comes first. */
    private final class Tracker implements FindingCsv.Progress {

        private ImportBatch batch;
        private int storedRows;
        private long storedAt = System.nanoTime();

        Tracker(ImportBatch batch) {
            this.batch = batch;
        }

        @Override
        public void counted(int rows) {
            update(b -> b.counted(rows));
        }

        @Override
        public void checked(int checked, int bad) {
            boolean due = checked == batch.getRowsTotal() || checked - storedRows >= settings.progressRows()
                    || System.nanoTime() - storedAt >= settings.progressInterval().toNanos();
            if (due) {
                update(b -> b.progressed(checked, bad));
                storedRows = checked;
                storedAt = System.nanoTime();
            }
        }

        void update(java.util.function.Consumer<ImportBatch> change) {
            batch = transactions.execute(status -> {
                change.accept(batch);
                return batches.save(batch);
            });
        }
    }

    // ---- internals --------------------------------------------------------------------------------------------------

    private RuleViolationException tooLarge(long size) {
        return new RuleViolationException("file-too-large", "file", String.format(Locale.ROOT,
                "The file is %.1f MB; at most %d MB can be imported at once. Split it into smaller files.",
                size / 1_048_576.0, settings.maxFileSize().toMegabytes()));
    }

    private Researcher writer() {
        Researcher researcher = permissions.researcher();
        if (!researcher.staff()) {
            throw new NotFoundException("Import", 0);
        }
        if (!researcher.mayWrite()) {
            throw new NotPermittedException("not-in-marketing", "Marketing people, administrators and PMO import "
                    + "market research.");
        }
        return researcher;
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
