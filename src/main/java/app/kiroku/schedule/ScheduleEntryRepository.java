package app.kiroku.schedule;

import static app.kiroku.db.Tables.SCHEDULE_ENTRY;
import static app.kiroku.db.Tables.SCHEDULE_PARTICIPANT;

import java.time.LocalDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;

@Repository
class ScheduleEntryRepository {

    private final DSLContext dsl;

    ScheduleEntryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Entries the user owns or takes part in that overlap [from, to). */
    List<ScheduleEntryItem> overlapping(long userId, LocalDateTime from, LocalDateTime to) {
        var participating = dsl.select(SCHEDULE_PARTICIPANT.ENTRY_ID)
                .from(SCHEDULE_PARTICIPANT)
                .where(SCHEDULE_PARTICIPANT.USER_ID.eq(userId));
        return dsl.select(
                        SCHEDULE_ENTRY.ID,
                        SCHEDULE_ENTRY.TITLE,
                        SCHEDULE_ENTRY.STARTS_AT,
                        SCHEDULE_ENTRY.ENDS_AT,
                        SCHEDULE_ENTRY.ALL_DAY,
                        SCHEDULE_ENTRY.PLACE)
                .from(SCHEDULE_ENTRY)
                .where(SCHEDULE_ENTRY.OWNER_ID.eq(userId).or(SCHEDULE_ENTRY.ID.in(participating)))
                .and(SCHEDULE_ENTRY.STARTS_AT.lt(to))
                .and(SCHEDULE_ENTRY.ENDS_AT.gt(from))
                .orderBy(SCHEDULE_ENTRY.STARTS_AT, SCHEDULE_ENTRY.ID)
                .fetch(Records.mapping(ScheduleEntryItem::new));
    }
}
