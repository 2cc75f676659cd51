package app.kiroku.importing;

import app.kiroku.shared.audit.AuditLog;
import app.kiroku.shared.importing.FileMemory;
import app.kiroku.shared.importing.ImportSettings;
import app.kiroku.shared.importing.ImportTarget;
import app.kiroku.shared.importing.PreparedBatch;
import app.kiroku.shared.importing.RowOutcome;
import app.kiroku.shared.importing.RowProblem;
import app.kiroku.shared.importing.RowResult;
import app.kiroku.shared.importing.TableFile;
import app.kiroku.shared.importing.TableRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Streams a file through a target a batch at a time. A dry run checks every row and writes nothing. An import writes
 * each batch in its own transaction together with the job's counts, so a stop at any moment (cancel, failure, a
 * killed process) leaves whole batches only, and the job says after which row the file is written.
 */
@Component
class ImportRunner {

    static final int BATCH = 1000;
    static final int MAX_PROBLEMS = 10_000;
    static final int PREVIEW_ROWS = 20;
    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    private final ImportJobRepository jobs;
    private final TransactionTemplate transaction;
    private final Clock clock;

    private final TransactionTemplate readOnly;
    private final AuditLog audit;

    ImportRunner(ImportJobRepository jobs, PlatformTransactionManager transactions, AuditLog audit, Clock clock) {
        this.jobs = jobs;
        this.transaction = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.audit = audit;
        this.clock = clock;
    }

    /** Every row checked, nothing written; {@code progress} hears the row number reached after each batch. */
    CheckReport check(TableFile file, ImportTarget target, ImportSettings settings, IntConsumer progress) {
        var memory = new FileMemory();
        Map<RowOutcome, Integer> outcomes = new EnumMap<>(RowOutcome.class);
        List<RowProblem> problems = new ArrayList<>();
        List<RowResult> preview = new ArrayList<>();
        int[] totals = {0, 0};
        forEachBatch(file, () -> false, rows -> {
            PreparedBatch batch = readOnly.execute(status -> target.prepare(rows, settings, memory));
            for (RowResult row : batch.rows()) {
                outcomes.merge(row.outcome(), 1, Integer::sum);
                totals[1] += row.problems().size();
                for (RowProblem problem : row.problems()) {
                    if (problems.size() < MAX_PROBLEMS) {
                        problems.add(problem);
                    }
                }
                if (preview.size() < PREVIEW_ROWS) {
                    preview.add(row);
                }
            }
            totals[0] += rows.size();
            progress.accept(rows.getLast().line());
        });
        return new CheckReport(totals[0], outcomes, problems, totals[1], preview);
    }

    /** The import itself, on the calling (background) thread; returns its final status. */
    ImportStatus run(
            long jobId,
            TableFile file,
            ImportTarget target,
            ImportSettings settings,
            long userId,
            BooleanSupplier cancelled) {
        var memory = new FileMemory();
        int[] problemsKept = {0};
        int[] lastLine = {0};
        jobs.running(jobId, LocalDateTime.now(clock));
        try {
            boolean complete = forEachBatch(file, cancelled, rows -> {
                transaction.executeWithoutResult(status -> {
                    PreparedBatch batch = target.prepare(rows, settings, memory);
                    batch.write(userId, jobId);
                    Map<RowOutcome, Integer> outcomes = new EnumMap<>(RowOutcome.class);
                    List<RowProblem> problems = new ArrayList<>();
                    for (RowResult row : batch.rows()) {
                        outcomes.merge(row.outcome(), 1, Integer::sum);
                        problems.addAll(row.problems());
                    }
                    jobs.addProblems(jobId, problemsKept[0], problems, MAX_PROBLEMS);
                    jobs.progress(jobId, rows.getLast().line(), outcomes, LocalDateTime.now(clock));
                    problemsKept[0] = Math.min(MAX_PROBLEMS, problemsKept[0] + problems.size());
                });
                lastLine[0] = rows.getLast().line();
            });
            return finish(jobId, userId, complete ? ImportStatus.DONE : ImportStatus.CANCELLED, null);
        } catch (RuntimeException e) {
            log.error("Import {} stopped after row {}", jobId, lastLine[0], e);
            return finish(jobId, userId, ImportStatus.FAILED, e.getClass().getSimpleName());
        }
    }

    /** The final status with the counts, in the history and in the audit log. */
    private ImportStatus finish(long jobId, long userId, ImportStatus status, @Nullable String message) {
        transaction.executeWithoutResult(s -> {
            jobs.finish(jobId, status, message, LocalDateTime.now(clock));
            jobs.find(jobId)
                    .ifPresent(job -> audit.record(
                            userId,
                            "IMPORT_END",
                            "import_job",
                            jobId,
                            "%s: %s, rows up to %d, created %d, updated %d, skipped %d, refused %d"
                                    .formatted(
                                            job.fileName(),
                                            status,
                                            job.rowsDone(),
                                            job.created(),
                                            job.updated(),
                                            job.skipped(),
                                            job.refused())));
        });
        return status;
    }

    /** Hands the rows on in batches; false when {@code cancelled} stopped it before the end of the file. */
    private static boolean forEachBatch(
            TableFile file, BooleanSupplier cancelled, java.util.function.Consumer<List<TableRow>> handler) {
        List<TableRow> rows = new ArrayList<>(BATCH);
        boolean[] stopped = {false};
        try {
            file.rows(row -> {
                if (cancelled.getAsBoolean()) {
                    stopped[0] = true;
                    return false;
                }
                rows.add(row);
                if (rows.size() == BATCH) {
                    handler.accept(List.copyOf(rows));
                    rows.clear();
                }
                return true;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (stopped[0]) {
            return false;
        }
        if (!rows.isEmpty()) {
            handler.accept(List.copyOf(rows));
        }
        return true;
    }
}
