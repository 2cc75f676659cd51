package app.kiroku.importing;

import static app.kiroku.db.Tables.APP_USER;
import static app.kiroku.db.Tables.IMPORT_JOB;
import static app.kiroku.db.Tables.IMPORT_PROBLEM;

import app.kiroku.shared.importing.Duplicates;
import app.kiroku.shared.importing.RowOutcome;
import app.kiroku.shared.importing.RowProblem;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class ImportJobRepository {

    private static final String SEPARATOR = "\u001F";

    private final DSLContext dsl;

    ImportJobRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    long insert(String target, String fileName, Duplicates duplicates, long userId, LocalDateTime now) {
        return dsl.insertInto(IMPORT_JOB)
                .set(IMPORT_JOB.TARGET, target)
                .set(IMPORT_JOB.FILE_NAME, fileName.length() > 255 ? fileName.substring(0, 255) : fileName)
                .set(IMPORT_JOB.DUPLICATES, duplicates.name())
                .set(IMPORT_JOB.STATUS, ImportStatus.QUEUED.name())
                .set(IMPORT_JOB.STARTED_BY, userId)
                .set(IMPORT_JOB.STARTED_AT, now)
                .set(IMPORT_JOB.HEARTBEAT_AT, now)
                .returningResult(IMPORT_JOB.ID)
                .fetchSingle(IMPORT_JOB.ID);
    }

    void running(long id, LocalDateTime now) {
        dsl.update(IMPORT_JOB)
                .set(IMPORT_JOB.STATUS, ImportStatus.RUNNING.name())
                .set(IMPORT_JOB.HEARTBEAT_AT, now)
                .where(IMPORT_JOB.ID.eq(id))
                .execute();
    }

    /** Counts a written batch: called in the batch's own transaction, so the counts and the rows commit together. */
    void progress(long id, int rowsDone, Map<RowOutcome, Integer> outcomes, LocalDateTime now) {
        dsl.update(IMPORT_JOB)
                .set(IMPORT_JOB.ROWS_DONE, rowsDone)
                .set(
                        IMPORT_JOB.CREATED_COUNT,
                        IMPORT_JOB.CREATED_COUNT.plus(outcomes.getOrDefault(RowOutcome.CREATED, 0)))
                .set(
                        IMPORT_JOB.UPDATED_COUNT,
                        IMPORT_JOB.UPDATED_COUNT.plus(outcomes.getOrDefault(RowOutcome.UPDATED, 0)))
                .set(
                        IMPORT_JOB.SKIPPED_COUNT,
                        IMPORT_JOB.SKIPPED_COUNT.plus(outcomes.getOrDefault(RowOutcome.SKIPPED, 0)))
                .set(
                        IMPORT_JOB.REFUSED_COUNT,
                        IMPORT_JOB.REFUSED_COUNT.plus(outcomes.getOrDefault(RowOutcome.REFUSED, 0)))
                .set(IMPORT_JOB.HEARTBEAT_AT, now)
                .where(IMPORT_JOB.ID.eq(id))
                .execute();
    }

    void finish(long id, ImportStatus status, @Nullable String message, LocalDateTime now) {
        dsl.update(IMPORT_JOB)
                .set(IMPORT_JOB.STATUS, status.name())
                .set(
                        IMPORT_JOB.MESSAGE,
                        message == null || message.length() <= 500 ? message : message.substring(0, 500))
                .set(IMPORT_JOB.FINISHED_AT, now)
                .set(IMPORT_JOB.HEARTBEAT_AT, now)
                .where(IMPORT_JOB.ID.eq(id))
                .execute();
    }

    /** Open imports nobody has worked on since {@code before}: their node stopped; returns how many. */
    int interruptStale(LocalDateTime before, LocalDateTime now) {
        return dsl.update(IMPORT_JOB)
                .set(IMPORT_JOB.STATUS, ImportStatus.INTERRUPTED.name())
                .set(IMPORT_JOB.FINISHED_AT, now)
                .where(IMPORT_JOB.STATUS.in(ImportStatus.QUEUED.name(), ImportStatus.RUNNING.name()))
                .and(IMPORT_JOB.HEARTBEAT_AT.lt(before))
                .execute();
    }

    Optional<ImportJob> find(long id) {
        return select(IMPORT_JOB.ID.eq(id)).fetchOptional(ImportJobRepository::job);
    }

    /** Newest first; {@code startedBy} null for everyone's. */
    List<ImportJob> history(@Nullable Long startedBy, int offset, int limit) {
        return select(startedBy == null ? DSL.noCondition() : IMPORT_JOB.STARTED_BY.eq(startedBy))
                .orderBy(IMPORT_JOB.STARTED_AT.desc(), IMPORT_JOB.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(ImportJobRepository::job);
    }

    int count(@Nullable Long startedBy) {
        return dsl.fetchCount(IMPORT_JOB, startedBy == null ? DSL.noCondition() : IMPORT_JOB.STARTED_BY.eq(startedBy));
    }

    Optional<ImportJob> newestStartedBy(long userId) {
        return select(IMPORT_JOB.STARTED_BY.eq(userId))
                .orderBy(IMPORT_JOB.STARTED_AT.desc(), IMPORT_JOB.ID.desc())
                .limit(1)
                .fetchOptional(ImportJobRepository::job);
    }

    private org.jooq.SelectConditionStep<Record> select(Condition where) {
        return dsl.select(IMPORT_JOB.fields())
                .select(APP_USER.NAME)
                .from(IMPORT_JOB)
                .join(APP_USER)
                .on(APP_USER.ID.eq(IMPORT_JOB.STARTED_BY))
                .where(where);
    }

    private static ImportJob job(Record r) {
        return new ImportJob(
                r.get(IMPORT_JOB.ID),
                r.get(IMPORT_JOB.TARGET),
                r.get(IMPORT_JOB.FILE_NAME),
                Duplicates.valueOf(r.get(IMPORT_JOB.DUPLICATES)),
                ImportStatus.valueOf(r.get(IMPORT_JOB.STATUS)),
                r.get(IMPORT_JOB.ROWS_DONE),
                r.get(IMPORT_JOB.CREATED_COUNT),
                r.get(IMPORT_JOB.UPDATED_COUNT),
                r.get(IMPORT_JOB.SKIPPED_COUNT),
                r.get(IMPORT_JOB.REFUSED_COUNT),
                r.get(IMPORT_JOB.MESSAGE),
                r.get(IMPORT_JOB.STARTED_BY),
                r.get(APP_USER.NAME),
                r.get(IMPORT_JOB.STARTED_AT),
                r.get(IMPORT_JOB.FINISHED_AT));
    }

    /** Keeps the problems after the {@code kept} already stored, up to {@code max} in all. */
    void addProblems(long id, int kept, List<RowProblem> problems, int max) {
        int room = Math.min(problems.size(), max - kept);
        if (room <= 0) {
            return;
        }
        var insert = dsl.insertInto(
                IMPORT_PROBLEM,
                IMPORT_PROBLEM.IMPORT_ID,
                IMPORT_PROBLEM.SEQ,
                IMPORT_PROBLEM.LINE,
                IMPORT_PROBLEM.COLUMN_NAME,
                IMPORT_PROBLEM.MESSAGE_KEY,
                IMPORT_PROBLEM.ARGUMENTS);
        for (int i = 0; i < room; i++) {
            RowProblem p = problems.get(i);
            String column = p.column().length() > 255 ? p.column().substring(0, 255) : p.column();
            String arguments = String.join(SEPARATOR, p.arguments());
            insert = insert.values(
                    id,
                    kept + i,
                    p.line(),
                    column,
                    p.messageKey(),
                    arguments.length() > 500 ? arguments.substring(0, 500) : arguments);
        }
        insert.execute();
    }

    List<RowProblem> problems(long id) {
        return dsl.select(
                        IMPORT_PROBLEM.LINE,
                        IMPORT_PROBLEM.COLUMN_NAME,
                        IMPORT_PROBLEM.MESSAGE_KEY,
                        IMPORT_PROBLEM.ARGUMENTS)
                .from(IMPORT_PROBLEM)
                .where(IMPORT_PROBLEM.IMPORT_ID.eq(id))
                .orderBy(IMPORT_PROBLEM.SEQ)
                .fetch(r -> new RowProblem(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        r.value4().isEmpty() ? List.of() : List.of(r.value4().split(SEPARATOR, -1))));
    }
}
