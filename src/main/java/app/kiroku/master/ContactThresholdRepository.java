package app.kiroku.master;

import static app.kiroku.db.Tables.APP_USER;
import static app.kiroku.db.Tables.CONTACT_THRESHOLD;

import app.kiroku.shared.data.ConcurrentEditException;
import java.time.LocalDateTime;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The one row of {@code contact_threshold} (V019). */
@Repository
class ContactThresholdRepository {

    private static final int ROW = 1;

    private final DSLContext dsl;

    ContactThresholdRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    ContactThresholds read() {
        return dsl.select(CONTACT_THRESHOLD.RECENT_DAYS, CONTACT_THRESHOLD.STALE_DAYS, CONTACT_THRESHOLD.VERSION)
                .from(CONTACT_THRESHOLD)
                .where(CONTACT_THRESHOLD.ID.eq(ROW))
                .fetchSingle(r -> new ContactThresholds(r.value1(), r.value2(), r.value3()));
    }

    /** Stores new thresholds over {@code version}; refused when someone saved others meanwhile. */
    void save(int recentDays, int staleDays, int version, long userId, LocalDateTime now) {
        int changed = dsl.update(CONTACT_THRESHOLD)
                .set(CONTACT_THRESHOLD.RECENT_DAYS, recentDays)
                .set(CONTACT_THRESHOLD.STALE_DAYS, staleDays)
                .set(CONTACT_THRESHOLD.UPDATED_BY, userId)
                .set(CONTACT_THRESHOLD.UPDATED_AT, now)
                .set(CONTACT_THRESHOLD.VERSION, CONTACT_THRESHOLD.VERSION.plus(1))
                .where(CONTACT_THRESHOLD.ID.eq(ROW))
                .and(CONTACT_THRESHOLD.VERSION.eq(version))
                .execute();
        if (changed == 0) {
            var last = dsl.select(APP_USER.NAME, CONTACT_THRESHOLD.UPDATED_AT)
                    .from(CONTACT_THRESHOLD)
                    .leftJoin(APP_USER)
                    .on(APP_USER.ID.eq(CONTACT_THRESHOLD.UPDATED_BY))
                    .where(CONTACT_THRESHOLD.ID.eq(ROW))
                    .fetchSingle();
            throw new ConcurrentEditException(
                    last.value1() == null ? "" : last.value1(), last.value2() == null ? now : last.value2());
        }
    }
}
