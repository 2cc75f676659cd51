package app.kiroku.schedule.feed;

import static app.kiroku.db.Tables.APP_USER;
import static app.kiroku.db.Tables.CALENDAR_FEED_TOKEN;
import static app.kiroku.db.Tables.CUSTOMER;
import static app.kiroku.db.Tables.NEGOTIATION;
import static app.kiroku.db.Tables.NEGOTIATION_CALENDAR;
import static app.kiroku.db.Tables.PROGRESS_FLAG;
import static app.kiroku.db.Tables.SCHEDULE_ENTRY;
import static app.kiroku.db.Tables.SCHEDULE_PARTICIPANT;
import static org.jooq.impl.DSL.abs;
import static org.jooq.impl.DSL.localDateDiff;
import static org.jooq.impl.DSL.substring;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

@Repository
class CalendarFeedRepository {

    /** A timed record fills an hour, as on the calendar. */
    static final long VISIT_MINUTES = 60;

    /** The head of a report a feed carries; the description shows its first lines only. */
    static final int REPORT_CHARS = 600;

    private final DSLContext dsl;

    CalendarFeedRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The active user a token's hash belongs to; a unique index makes this one probe, whatever the hash. */
    Optional<FeedOwner> ownerOf(byte[] tokenHash) {
        return dsl.select(APP_USER.ID, APP_USER.ROLE, APP_USER.LOCALE)
                .from(CALENDAR_FEED_TOKEN)
                .join(APP_USER)
                .on(APP_USER.ID.eq(CALENDAR_FEED_TOKEN.USER_ID))
                .where(CALENDAR_FEED_TOKEN.TOKEN_HASH.eq(tokenHash))
                .and(APP_USER.ACTIVE.isTrue())
                .fetchOptional(r -> new FeedOwner(r.value1(), r.value2(), r.value3()));
    }

    Optional<LocalDateTime> issuedAt(long userId) {
        return dsl.select(CALENDAR_FEED_TOKEN.CREATED_AT)
                .from(CALENDAR_FEED_TOKEN)
                .where(CALENDAR_FEED_TOKEN.USER_ID.eq(userId))
                .fetchOptional(CALENDAR_FEED_TOKEN.CREATED_AT);
    }

    /** The user's one token from now on; the one before (if any) stops opening the feed in the same statement. */
    void replace(long userId, byte[] tokenHash, LocalDateTime now) {
        dsl.insertInto(CALENDAR_FEED_TOKEN)
                .set(CALENDAR_FEED_TOKEN.USER_ID, userId)
                .set(CALENDAR_FEED_TOKEN.TOKEN_HASH, tokenHash)
                .set(CALENDAR_FEED_TOKEN.CREATED_AT, now)
                .onDuplicateKeyUpdate()
                .set(CALENDAR_FEED_TOKEN.TOKEN_HASH, tokenHash)
                .set(CALENDAR_FEED_TOKEN.CREATED_AT, now)
                .execute();
    }

    boolean delete(long userId) {
        return dsl.deleteFrom(CALENDAR_FEED_TOKEN)
                        .where(CALENDAR_FEED_TOKEN.USER_ID.eq(userId))
                        .execute()
                > 0;
    }

    /**
     * The records an in-house user handles or whose customers they are 担当者 of, shown in [from, to), at most
     * {@code cap} of them, those nearest {@code today} first. The role is checked here too: a PARTNER (or a user
     * no longer in house) gets none, whoever asks.
     */
    List<FeedEvent> negotiations(long userId, LocalDate from, LocalDate to, LocalDate today, int cap) {
        var k = NEGOTIATION_CALENDAR;
        var n = NEGOTIATION;
        return dsl.select(
                        n.ID,
                        n.VERSION,
                        n.SHOWN_DATE,
                        n.SHOWN_TIME,
                        n.UPDATED_AT,
                        CUSTOMER.NAME,
                        PROGRESS_FLAG.NAME,
                        CUSTOMER.ADDRESS,
                        substring(n.REPORT, 1, REPORT_CHARS))
                .from(k)
                .join(APP_USER)
                .on(APP_USER.ID.eq(k.USER_ID))
                .join(n)
                .on(n.ID.eq(k.NEGOTIATION_ID))
                .join(CUSTOMER)
                .on(CUSTOMER.ID.eq(n.CUSTOMER_ID))
                .leftJoin(PROGRESS_FLAG)
                .on(PROGRESS_FLAG.ID.eq(n.PROGRESS_ID))
                .where(k.USER_ID.eq(userId))
                .and(APP_USER.ROLE.in("ADMIN", "STAFF"))
                .and(APP_USER.ACTIVE.isTrue())
                .and(k.SHOWN_DATE.ge(from))
                .and(k.SHOWN_DATE.lt(to))
                .orderBy(abs(localDateDiff(k.SHOWN_DATE, today)), n.ID)
                .limit(cap)
                .fetch(r -> {
                    LocalTime time = r.value4();
                    LocalDateTime start = time == null
                            ? r.value3().atStartOfDay()
                            : r.value3().atTime(time);
                    LocalDateTime end = time == null ? start.plusDays(1) : start.plusMinutes(VISIT_MINUTES);
                    return new FeedEvent(
                            FeedEvent.Kind.NEGOTIATION,
                            r.value1(),
                            r.value2(),
                            start,
                            end,
                            time == null,
                            r.value5(),
                            r.value6(),
                            r.value7(),
                            r.value8(),
                            r.value9());
                });
    }

    /** Plain 予定 the user owns or takes part in, overlapping [from, to), at most {@code cap}, nearest first. */
    List<FeedEvent> entries(long userId, LocalDate from, LocalDate to, LocalDate today, int cap) {
        var e = SCHEDULE_ENTRY;
        var participating = dsl.select(SCHEDULE_PARTICIPANT.ENTRY_ID)
                .from(SCHEDULE_PARTICIPANT)
                .where(SCHEDULE_PARTICIPANT.USER_ID.eq(userId));
        return dsl.select(e.ID, e.VERSION, e.STARTS_AT, e.ENDS_AT, e.ALL_DAY, e.UPDATED_AT, e.TITLE, e.PLACE, e.MEMO)
                .from(e)
                .where(e.OWNER_ID.eq(userId).or(e.ID.in(participating)))
                .and(e.STARTS_AT.lt(to.atStartOfDay()))
                .and(e.ENDS_AT.gt(from.atStartOfDay()))
                .orderBy(abs(localDateDiff(e.STARTS_AT.cast(SQLDataType.LOCALDATE), today)), e.ID)
                .limit(cap)
                .fetch(r -> new FeedEvent(
                        FeedEvent.Kind.ENTRY,
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        r.value4(),
                        r.value5(),
                        r.value6(),
                        r.value7(),
                        null,
                        r.value8(),
                        r.value9()));
    }
}
