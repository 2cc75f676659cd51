package app.kiroku.importing;

import app.kiroku.shared.importing.PreparedBatch;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes an import's batches, two at a time where the batches allow it ({@link PreparedBatch#overlaps()}), on two
 * connections, each in its own transaction. Whatever runs at once, batches commit in file order: a batch that has
 * written its rows waits for the one before it to commit, and rolls back if that one failed. So the import's history
 * can still say after which row the file is written, and a stop leaves whole batches only.
 */
final class WritePipeline implements AutoCloseable {

    static final int WRITERS = 2;

    private final TransactionTemplate transaction;
    private final ExecutorService writers;
    private final Deque<CompletableFuture<Void>> open = new ArrayDeque<>();
    private CompletableFuture<Void> last = CompletableFuture.completedFuture(null);
    private boolean lastOverlaps = true;
    private volatile @Nullable RuntimeException failure;

    WritePipeline(TransactionTemplate transaction) {
        this.transaction = transaction;
        this.writers = new DelegatingSecurityContextExecutorService(Executors.newFixedThreadPool(WRITERS,
                Thread.ofPlatform().name("kiroku-import-writer-", 1).daemon().factory()),
                SecurityContextHolder.getContext());
    }

    /** Waits until {@code batch} may start: a writer is free, and neither it nor the batch before must run alone. */
    void awaitRoom(PreparedBatch batch) {
        while (!open.isEmpty() && (open.size() >= WRITERS || !batch.overlaps() || !lastOverlaps)) {
            await(open.removeFirst());
        }
    }

    /**
     * Writes {@code batch} (after {@link #awaitRoom}); {@code committed} runs in its transaction after every earlier
     * batch has committed, for what must be counted in order.
     */
    void submit(PreparedBatch batch, long userId, long importId, Consumer<PreparedBatch> committed) {
        awaitRoom(batch);
        boolean overlaps = batch.overlaps();
        CompletableFuture<Void> before = last;
        last = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
            batch.write(userId, importId);
            before.join();
            committed.accept(batch);
        }), writers);
        last.whenComplete((done, error) -> {
            if (error != null && failure == null) {
                failure = cause(error);
            }
        });
        lastOverlaps = overlaps;
        open.addLast(last);
    }

    boolean failed() {
        return failure != null;
    }

    /** Waits for every batch; throws the first failure. */
    void finish() {
        while (!open.isEmpty()) {
            await(open.removeFirst());
        }
        RuntimeException first = failure;
        if (first != null) {
            throw first;
        }
    }

    private static void await(CompletableFuture<Void> write) {
        try {
            write.join();
        } catch (CompletionException e) {
            // kept as the pipeline's failure; the batches after it roll back on their own
        }
    }

    private static RuntimeException cause(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
    }

    @Override
    public void close() {
        writers.shutdownNow();
    }
}
