package app.kiroku.importing;

import app.kiroku.shared.audit.AuditLog;
import app.kiroku.shared.i18n.KirokuI18nProvider;
import app.kiroku.shared.importing.ColumnMapping;
import app.kiroku.shared.importing.ImportSettings;
import app.kiroku.shared.importing.ImportTarget;
import app.kiroku.shared.importing.RowProblem;
import app.kiroku.shared.importing.TableFile;
import app.kiroku.shared.text.CsvWriter;
import app.kiroku.user.CurrentUser;
import app.kiroku.user.KirokuUser;
import app.kiroku.user.Role;
import app.kiroku.user.SignedIn;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * データ取込: opens an uploaded file, guesses and keeps column mappings, checks a file in a dry run and imports it in
 * the background. The background work runs as the user who started it, so every service it calls checks that user.
 */
@Service
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    private final Map<String, ImportTarget> targets;
    private final ImportRunner runner;
    private final ImportJobRepository jobs;
    private final ImportMappingRepository mappings;
    private final ImportPermission permission;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final ExecutorService imports = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("kiroku-import").daemon().factory());
    private final ExecutorService checks = Executors.newFixedThreadPool(
            2, Thread.ofPlatform().name("kiroku-import-check-", 1).daemon().factory());
    private final Set<Long> cancelled = ConcurrentHashMap.newKeySet();

    ImportService(
            List<ImportTarget> targets,
            ImportRunner runner,
            ImportJobRepository jobs,
            ImportMappingRepository mappings,
            ImportPermission permission,
            CurrentUser currentUser,
            AuditLog audit,
            Clock clock) {
        this.targets = new java.util.LinkedHashMap<>();
        targets.forEach(t -> this.targets.put(t.id(), t));
        this.runner = runner;
        this.jobs = jobs;
        this.mappings = mappings;
        this.permission = permission;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the signed-in user may import at all: for the view, which the methods below check again. */
    @SignedIn
    public boolean mayImport() {
        return currentUser
                .find()
                .map(KirokuUser::role)
                .map(role -> role == Role.ADMIN || role == Role.STAFF && permission.granted())
                .orElse(false);
    }

    @ImportAllowed
    public List<ImportTarget> targets() {
        return List.copyOf(targets.values());
    }

    /** Reads an uploaded file's headers; {@link app.kiroku.shared.importing.UnreadableFileException} if it cannot. */
    @ImportAllowed
    public ImportFile open(Path path, String fileName) {
        try {
            TableFile table = TableFile.open(path, fileName);
            return new ImportFile(path, fileName, table.format(), table.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ImportAllowed
    public ColumnMapping guess(String target, List<String> headers) {
        return ColumnMapping.guess(headers, target(target).fields());
    }

    /** The dry run, in the background: every row checked as the import would, nothing written. */
    @ImportAllowed
    public CompletableFuture<CheckReport> check(
            ImportFile file, String target, ImportSettings settings, IntConsumer progress) {
        ImportTarget importTarget = target(target);
        return CompletableFuture.supplyAsync(
                () -> runner.check(table(file), importTarget, settings, progress),
                task -> checks.execute(
                        DelegatingSecurityContextRunnable.create(task, SecurityContextHolder.getContext())));
    }

    /** Starts the import in the background (one at a time on each node) and returns its history entry's id. */
    @ImportAllowed
    @Transactional
    public long start(ImportFile file, String target, ImportSettings settings) {
        ImportTarget importTarget = target(target);
        long userId = currentUser.require().id();
        long id = jobs.insert(
                importTarget.id(), file.fileName(), settings.duplicates(), userId, LocalDateTime.now(clock));
        audit.record(userId, "IMPORT", "import_job", id, importTarget.id() + ": " + file.fileName());
        Runnable work = () -> {
            try {
                runner.run(id, table(file), importTarget, settings, userId, () -> cancelled.contains(id));
            } finally {
                cancelled.remove(id);
                deleteQuietly(file.path());
            }
        };
        // after commit: the worker must find the history entry it reports to
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        imports.execute(
                                DelegatingSecurityContextRunnable.create(work, SecurityContextHolder.getContext()));
                    }
                });
        return id;
    }

    /** Asks a running import on this node to stop after the batch it is writing. */
    @ImportAllowed
    public void cancel(long id) {
        requireVisible(id);
        cancelled.add(id);
    }

    @ImportAllowed
    public Optional<ImportJob> job(long id) {
        return jobs.find(id).filter(this::visible);
    }

    /** The history, newest first: an admin sees every import, a STAFF user their own. */
    @ImportAllowed
    public List<ImportJob> history(int offset, int limit) {
        return jobs.history(ownOnly(), offset, limit);
    }

    @ImportAllowed
    public int historyCount() {
        return jobs.count(ownOnly());
    }

    /**
     * The signed-in user's newest import while it runs or shortly after it ended: what the page shows again when
     * the user comes back to it.
     */
    @ImportAllowed
    public Optional<ImportJob> ownRecent(java.time.Duration endedWithin) {
        long me = currentUser.require().id();
        LocalDateTime since = LocalDateTime.now(clock).minus(endedWithin);
        return jobs.newestStartedBy(me)
                .filter(j -> j.status().open()
                        || j.finishedAt() != null && j.finishedAt().isAfter(since));
    }

    @ImportAllowed
    public List<SavedMapping> mappings(String target) {
        return mappings.list(target(target).id());
    }

    @ImportAllowed
    @Transactional
    public void saveMapping(String target, String name, Map<String, String> headerByField) {
        String clean = name.strip();
        if (clean.isEmpty() || clean.length() > 100) {
            throw new app.kiroku.shared.validation.InvalidInputException(
                    Map.of("mappingName", "import.error.mappingName"));
        }
        mappings.save(
                target(target).id(), clean, headerByField, currentUser.require().id(), LocalDateTime.now(clock));
    }

    /** Why rows of an import were refused, as CSV for Excel (row, column, message). */
    @ImportAllowed
    public void writeProblems(long id, Locale locale, OutputStream out) {
        requireVisible(id);
        writeProblems(jobs.problems(id), locale, out);
    }

    /** A dry run's refused rows, as CSV for Excel. */
    @ImportAllowed
    public void writeProblems(CheckReport report, Locale locale, OutputStream out) {
        writeProblems(report.problems(), locale, out);
    }

    /** A problem as the user reads it, in their language. */
    public static String message(RowProblem problem, Locale locale) {
        String pattern = KirokuI18nProvider.bundle(locale).getString(problem.messageKey());
        return problem.arguments().isEmpty()
                ? pattern
                : new MessageFormat(pattern, locale).format(problem.arguments().toArray());
    }

    private static void writeProblems(List<RowProblem> problems, Locale locale, OutputStream out) {
        ResourceBundle texts = KirokuI18nProvider.bundle(locale);
        try (var csv = new CsvWriter(out)) {
            csv.row(List.of(
                    texts.getString("import.problem.line"),
                    texts.getString("import.problem.column"),
                    texts.getString("import.problem.message")));
            for (RowProblem problem : problems) {
                csv.row(Arrays.asList(problem.line(), problem.column(), message(problem, locale)));
            }
        }
    }

    @PreDestroy
    void stop() {
        imports.shutdownNow();
        checks.shutdownNow();
    }

    private ImportTarget target(String id) {
        ImportTarget target = targets.get(id);
        if (target == null) {
            throw new NoSuchElementException("No import target " + id);
        }
        return target;
    }

    private static TableFile table(ImportFile file) {
        try {
            return TableFile.open(file.path(), file.fileName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private @Nullable Long ownOnly() {
        KirokuUser user = currentUser.require();
        return user.role() == Role.ADMIN ? null : user.id();
    }

    private boolean visible(ImportJob job) {
        return ownOnly() == null || job.startedBy() == currentUser.require().id();
    }

    private void requireVisible(long id) {
        if (jobs.find(id).filter(this::visible).isEmpty()) {
            throw new AccessDeniedException("Import " + id + " is not yours");
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            log.warn("Could not delete the uploaded file {}", path, e);
        }
    }
}
