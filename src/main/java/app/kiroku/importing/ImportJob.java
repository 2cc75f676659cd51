package app.kiroku.importing;

import app.kiroku.shared.importing.Duplicates;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One import in the history: the file, who started it, how far it got (the row number after which every row is
 * written) and what came of its rows.
 */
public record ImportJob(
        long id,
        String target,
        String fileName,
        Duplicates duplicates,
        ImportStatus status,
        int rowsDone,
        int created,
        int updated,
        int skipped,
        int refused,
        @Nullable String message,
        long startedBy,
        String startedByName,
        LocalDateTime startedAt,
        @Nullable LocalDateTime finishedAt) {}
