package app.kiroku.schedule;

import static app.kiroku.db.Tables.SCHEDULE_ENTRY;
import static app.kiroku.db.Tables.SCHEDULE_PARTICIPANT;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class EntryRepository {

    record Stored(long id, long ownerId, int version, EntryDraft draft) {}

    private final DSLContext dsl;

    EntryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<Stored> find(long id) {
        return dsl.selectFrom(SCHEDULE_ENTRY).where(SCHEDULE_ENTRY.ID.eq(id)).fetchOptional(r -> {
            var draft = new EntryDraft();
            draft.setTitle(r.getTitle());
            draft.setStartsAt(r.getStartsAt());
            draft.setEndsAt(r.getEndsAt());
            draft.setAllDay(r.getAllDay());
            draft.setPlace(r.getPlace());
            draft.setMemo(r.getMemo());
            draft.setParticipantIds(new HashSet<>(dsl.select(SCHEDULE_PARTICIPANT.USER_ID)
                    .from(SCHEDULE_PARTICIPANT)
                    .where(SCHEDULE_PARTICIPANT.ENTRY_ID.eq(id))
                    .fetch(SCHEDULE_PARTICIPANT.USER_ID)));
            return new Stored(r.getId(), r.getOwnerId(), r.getVersion(), draft);
        });
    }

    boolean participates(long entryId, long userId) {
        return dsl.fetchExists(
                SCHEDULE_PARTICIPANT,
                SCHEDULE_PARTICIPANT.ENTRY_ID.eq(entryId).and(SCHEDULE_PARTICIPANT.USER_ID.eq(userId)));
    }

    long insert(EntryDraft d, long ownerId, LocalDateTime now) {
        long id = dsl.insertInto(SCHEDULE_ENTRY)
                .set(SCHEDULE_ENTRY.TITLE, d.getTitle())
                .set(SCHEDULE_ENTRY.STARTS_AT, d.getStartsAt())
                .set(SCHEDULE_ENTRY.ENDS_AT, d.getEndsAt())
                .set(SCHEDULE_ENTRY.ALL_DAY, d.isAllDay())
                .set(SCHEDULE_ENTRY.PLACE, d.getPlace())
                .set(SCHEDULE_ENTRY.MEMO, d.getMemo())
                .set(SCHEDULE_ENTRY.OWNER_ID, ownerId)
                .set(SCHEDULE_ENTRY.CREATED_AT, now)
                .set(SCHEDULE_ENTRY.UPDATED_AT, now)
                .returningResult(SCHEDULE_ENTRY.ID)
                .fetchSingle(SCHEDULE_ENTRY.ID);
        participants(id, d);
        return id;
    }

    boolean update(long id, int version, EntryDraft d, LocalDateTime now) {
        boolean updated = dsl.update(SCHEDULE_ENTRY)
                        .set(SCHEDULE_ENTRY.TITLE, d.getTitle())
                        .set(SCHEDULE_ENTRY.STARTS_AT, d.getStartsAt())
                        .set(SCHEDULE_ENTRY.ENDS_AT, d.getEndsAt())
                        .set(SCHEDULE_ENTRY.ALL_DAY, d.isAllDay())
                        .set(SCHEDULE_ENTRY.PLACE, d.getPlace())
                        .set(SCHEDULE_ENTRY.MEMO, d.getMemo())
                        .set(SCHEDULE_ENTRY.UPDATED_AT, now)
                        .set(SCHEDULE_ENTRY.VERSION, SCHEDULE_ENTRY.VERSION.plus(1))
                        .where(SCHEDULE_ENTRY.ID.eq(id))
                        .and(SCHEDULE_ENTRY.VERSION.eq(version))
                        .execute()
                == 1;
        if (updated) {
            dsl.deleteFrom(SCHEDULE_PARTICIPANT)
                    .where(SCHEDULE_PARTICIPANT.ENTRY_ID.eq(id))
                    .execute();
            participants(id, d);
        }
        return updated;
    }

    boolean delete(long id, int version) {
        return dsl.deleteFrom(SCHEDULE_ENTRY)
                        .where(SCHEDULE_ENTRY.ID.eq(id))
                        .and(SCHEDULE_ENTRY.VERSION.eq(version))
                        .execute()
                == 1;
    }

    private void participants(long id, EntryDraft d) {
        for (Long user : d.getParticipantIds()) {
            dsl.insertInto(SCHEDULE_PARTICIPANT)
                    .set(SCHEDULE_PARTICIPANT.ENTRY_ID, id)
                    .set(SCHEDULE_PARTICIPANT.USER_ID, user)
                    .execute();
        }
    }
}
