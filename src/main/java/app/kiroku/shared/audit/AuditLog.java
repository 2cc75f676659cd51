package app.kiroku.shared.audit;

import static app.kiroku.db.Tables.AUDIT_LOG;

import java.time.Clock;
import java.time.LocalDateTime;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Who changed what, when: written in the same transaction as the change itself. */
@Component
public class AuditLog {

    public static final int MAX_DETAIL = 4000;

    private final DSLContext dsl;
    private final Clock clock;

    AuditLog(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(
            @Nullable Long userId, String action, String entityType, @Nullable Long entityId, String detail) {
        dsl.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.OCCURRED_AT, LocalDateTime.now(clock))
                .set(AUDIT_LOG.USER_ID, userId)
                .set(AUDIT_LOG.ACTION, action)
                .set(AUDIT_LOG.ENTITY_TYPE, entityType)
                .set(AUDIT_LOG.ENTITY_ID, entityId)
                .set(AUDIT_LOG.DETAIL, detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) : detail)
                .execute();
    }

    /** One entry per entity, written in one statement: for the rows of an import batch. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(long userId, String action, String entityType, java.util.Map<Long, String> detailById) {
        if (detailById.isEmpty()) {
            return;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        var insert = dsl.insertInto(
                AUDIT_LOG,
                AUDIT_LOG.OCCURRED_AT,
                AUDIT_LOG.USER_ID,
                AUDIT_LOG.ACTION,
                AUDIT_LOG.ENTITY_TYPE,
                AUDIT_LOG.ENTITY_ID,
                AUDIT_LOG.DETAIL);
        detailById.forEach((id, detail) -> insert.values(
                now,
                userId,
                action,
                entityType,
                id,
                detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) : detail));
        insert.execute();
    }
}
