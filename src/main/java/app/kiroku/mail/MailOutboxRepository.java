package app.kiroku.mail;

import static app.kiroku.db.Tables.APP_USER;
import static app.kiroku.db.Tables.MAIL_OUTBOX;

import app.kiroku.db.tables.AppUser;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Records;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code mail_outbox} table. The sender's steps (claim, record the outcome) each run in a short transaction of
 * their own, never around the SMTP conversation; writes of an outcome are fenced by the version taken at the claim.
 */
@Repository
class MailOutboxRepository {

    /** The longest error text kept (the column's size). */
    static final int MAX_ERROR = 1000;

    private static final List<String> IN_HOUSE_ROLES = List.of("ADMIN", "STAFF");
    private static final AppUser RECIPIENT = APP_USER.as("recipient");
    private static final AppUser CREATOR = APP_USER.as("creator");

    private final DSLContext dsl;

    MailOutboxRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void insert(OutgoingMail mail, long createdBy, LocalDateTime now) {
        CalendarPart calendar = mail.calendar();
        dsl.insertInto(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.NEGOTIATION_ID, mail.referenceId())
                .set(MAIL_OUTBOX.RECIPIENT_USER_ID, mail.recipientUserId())
                .set(MAIL_OUTBOX.RECIPIENT_EMAIL, mail.recipientEmail())
                .set(MAIL_OUTBOX.SUBJECT, mail.subject())
                .set(MAIL_OUTBOX.BODY_TEXT, mail.text())
                .set(MAIL_OUTBOX.BODY_HTML, mail.html())
                .set(
                        MAIL_OUTBOX.CALENDAR_METHOD,
                        calendar == null ? null : calendar.method().name())
                .set(MAIL_OUTBOX.BODY_CALENDAR, calendar == null ? null : calendar.text())
                .set(MAIL_OUTBOX.STATUS, MailStatus.QUEUED.name())
                .set(MAIL_OUTBOX.ATTEMPTS, 0)
                .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, now)
                .set(MAIL_OUTBOX.CREATED_BY, createdBy)
                .set(MAIL_OUTBOX.CREATED_AT, now)
                .set(MAIL_OUTBOX.VERSION, 0)
                .execute();
    }

    /**
     * Takes the next due mail: queued and due, or left in 送信中 by a sender whose lease ran out. The row is locked
     * with {@code SKIP LOCKED}, so concurrent senders (threads or instances) never take the same mail; it leaves
     * this transaction as 送信中 with one more attempt and a lease until {@code now + lease}.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    Optional<PendingMail> claimNext(LocalDateTime now, Duration lease, int maxAttempts) {
        Long id = dsl.select(MAIL_OUTBOX.ID)
                .from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.STATUS.in(MailStatus.QUEUED.name(), MailStatus.SENDING.name()))
                .and(MAIL_OUTBOX.NEXT_ATTEMPT_AT.le(now))
                .and(MAIL_OUTBOX.ATTEMPTS.lt(maxAttempts))
                .orderBy(MAIL_OUTBOX.NEXT_ATTEMPT_AT, MAIL_OUTBOX.ID)
                .limit(1)
                .forUpdate()
                .skipLocked()
                .fetchOne(MAIL_OUTBOX.ID);
        if (id == null) {
            return Optional.empty();
        }
        dsl.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.STATUS, MailStatus.SENDING.name())
                .set(MAIL_OUTBOX.ATTEMPTS, MAIL_OUTBOX.ATTEMPTS.plus(1))
                .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, now.plus(lease))
                .set(MAIL_OUTBOX.VERSION, MAIL_OUTBOX.VERSION.plus(1))
                .where(MAIL_OUTBOX.ID.eq(id))
                .execute();
        return dsl.select(
                        MAIL_OUTBOX.ID,
                        MAIL_OUTBOX.RECIPIENT_USER_ID,
                        MAIL_OUTBOX.RECIPIENT_EMAIL,
                        MAIL_OUTBOX.SUBJECT,
                        MAIL_OUTBOX.BODY_TEXT,
                        MAIL_OUTBOX.BODY_HTML,
                        MAIL_OUTBOX.CALENDAR_METHOD,
                        MAIL_OUTBOX.BODY_CALENDAR,
                        MAIL_OUTBOX.CREATED_AT,
                        MAIL_OUTBOX.ATTEMPTS,
                        MAIL_OUTBOX.VERSION)
                .from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.ID.eq(id))
                .fetchOptional(Records.mapping(PendingMail::new));
    }

    /** True while the user may receive mail: active, and in-house (ADMIN or STAFF), as when the mail was queued. */
    boolean isActiveInHouseUser(long userId) {
        return dsl.fetchExists(
                APP_USER, APP_USER.ID.eq(userId).and(APP_USER.ACTIVE.isTrue()).and(APP_USER.ROLE.in(IN_HOUSE_ROLES)));
    }

    /** Records the delivery; false when the claim was lost meanwhile (its lease ran out and another sender took it). */
    @Transactional
    boolean markSent(PendingMail mail, LocalDateTime now) {
        return dsl.update(MAIL_OUTBOX)
                        .set(MAIL_OUTBOX.STATUS, MailStatus.SENT.name())
                        .set(MAIL_OUTBOX.SENT_AT, now)
                        .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, now)
                        .setNull(MAIL_OUTBOX.LAST_ERROR)
                        .set(MAIL_OUTBOX.VERSION, MAIL_OUTBOX.VERSION.plus(1))
                        .where(claimed(mail))
                        .execute()
                == 1;
    }

    /** Back to the queue until {@code nextAttempt}, with the error of this attempt. */
    @Transactional
    boolean retryLater(PendingMail mail, LocalDateTime nextAttempt, String error) {
        return dsl.update(MAIL_OUTBOX)
                        .set(MAIL_OUTBOX.STATUS, MailStatus.QUEUED.name())
                        .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, nextAttempt)
                        .set(MAIL_OUTBOX.LAST_ERROR, truncate(error))
                        .set(MAIL_OUTBOX.VERSION, MAIL_OUTBOX.VERSION.plus(1))
                        .where(claimed(mail))
                        .execute()
                == 1;
    }

    /** Gives up: 送信失敗 with the last error. */
    @Transactional
    boolean markFailed(PendingMail mail, LocalDateTime now, String error) {
        return dsl.update(MAIL_OUTBOX)
                        .set(MAIL_OUTBOX.STATUS, MailStatus.FAILED.name())
                        .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, now)
                        .set(MAIL_OUTBOX.LAST_ERROR, truncate(error))
                        .set(MAIL_OUTBOX.VERSION, MAIL_OUTBOX.VERSION.plus(1))
                        .where(claimed(mail))
                        .execute()
                == 1;
    }

    /**
     * Mails whose last allowed attempt was interrupted (left in 送信中 past the lease) are not tried again but
     * failed, saying that their delivery is unknown. Rows another sender holds are skipped, never waited for.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    int failAbandoned(LocalDateTime now, int maxAttempts, String error) {
        List<Long> ids = dsl.select(MAIL_OUTBOX.ID)
                .from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.STATUS.eq(MailStatus.SENDING.name()))
                .and(MAIL_OUTBOX.NEXT_ATTEMPT_AT.le(now))
                .and(MAIL_OUTBOX.ATTEMPTS.ge(maxAttempts))
                .forUpdate()
                .skipLocked()
                .fetch(MAIL_OUTBOX.ID);
        if (ids.isEmpty()) {
            return 0;
        }
        return dsl.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.STATUS, MailStatus.FAILED.name())
                .set(MAIL_OUTBOX.LAST_ERROR, truncate(error))
                .set(MAIL_OUTBOX.VERSION, MAIL_OUTBOX.VERSION.plus(1))
                .where(MAIL_OUTBOX.ID.in(ids))
                .execute();
    }

    /** 再送: a failed mail goes back to the queue with fresh attempts. False unless it was failed at that version. */
    boolean requeue(long id, int version, LocalDateTime now) {
        return dsl.update(MAIL_OUTBOX)
                        .set(MAIL_OUTBOX.STATUS, MailStatus.QUEUED.name())
                        .set(MAIL_OUTBOX.ATTEMPTS, 0)
                        .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, now)
                        .set(MAIL_OUTBOX.VERSION, MAIL_OUTBOX.VERSION.plus(1))
                        .where(MAIL_OUTBOX.ID.eq(id))
                        .and(MAIL_OUTBOX.VERSION.eq(version))
                        .and(MAIL_OUTBOX.STATUS.eq(MailStatus.FAILED.name()))
                        .execute()
                == 1;
    }

    boolean calendarSentTo(long referenceId, long recipientUserId) {
        return dsl.fetchExists(
                MAIL_OUTBOX,
                MAIL_OUTBOX
                        .NEGOTIATION_ID
                        .eq(referenceId)
                        .and(MAIL_OUTBOX.RECIPIENT_USER_ID.eq(recipientUserId))
                        .and(MAIL_OUTBOX.CALENDAR_METHOD.isNotNull()));
    }

    /** The mails about one thing, newest first. */
    List<MailEntry> history(long referenceId) {
        return entries()
                .where(MAIL_OUTBOX.NEGOTIATION_ID.eq(referenceId))
                .orderBy(MAIL_OUTBOX.CREATED_AT.desc(), MAIL_OUTBOX.ID.desc())
                .fetch(MailOutboxRepository::entry);
    }

    /** All mails, or those in one status, newest first. */
    List<MailEntry> page(@Nullable MailStatus status, int offset, int limit) {
        return entries()
                .where(withStatus(status))
                .orderBy(MAIL_OUTBOX.CREATED_AT.desc(), MAIL_OUTBOX.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(MailOutboxRepository::entry);
    }

    int count(@Nullable MailStatus status) {
        return dsl.fetchCount(MAIL_OUTBOX, withStatus(status));
    }

    private static Condition withStatus(@Nullable MailStatus status) {
        return status == null ? DSL.noCondition() : MAIL_OUTBOX.STATUS.eq(status.name());
    }

    private static Condition claimed(PendingMail mail) {
        return MAIL_OUTBOX
                .ID
                .eq(mail.id())
                .and(MAIL_OUTBOX.VERSION.eq(mail.version()))
                .and(MAIL_OUTBOX.STATUS.eq(MailStatus.SENDING.name()));
    }

    private SelectOnConditionStep<? extends Record> entries() {
        return dsl.select(
                        MAIL_OUTBOX.ID,
                        MAIL_OUTBOX.NEGOTIATION_ID,
                        RECIPIENT.NAME,
                        MAIL_OUTBOX.RECIPIENT_EMAIL,
                        MAIL_OUTBOX.SUBJECT,
                        MAIL_OUTBOX.STATUS,
                        MAIL_OUTBOX.ATTEMPTS,
                        MAIL_OUTBOX.NEXT_ATTEMPT_AT,
                        MAIL_OUTBOX.LAST_ERROR,
                        CREATOR.NAME,
                        MAIL_OUTBOX.CREATED_AT,
                        MAIL_OUTBOX.SENT_AT,
                        MAIL_OUTBOX.VERSION)
                .from(MAIL_OUTBOX)
                .join(CREATOR)
                .on(CREATOR.ID.eq(MAIL_OUTBOX.CREATED_BY))
                .leftJoin(RECIPIENT)
                .on(RECIPIENT.ID.eq(MAIL_OUTBOX.RECIPIENT_USER_ID));
    }

    private static MailEntry entry(Record r) {
        return new MailEntry(
                r.get(MAIL_OUTBOX.ID),
                r.get(MAIL_OUTBOX.NEGOTIATION_ID),
                r.get(RECIPIENT.NAME),
                r.get(MAIL_OUTBOX.RECIPIENT_EMAIL),
                r.get(MAIL_OUTBOX.SUBJECT),
                MailStatus.valueOf(r.get(MAIL_OUTBOX.STATUS)),
                r.get(MAIL_OUTBOX.ATTEMPTS),
                r.get(MAIL_OUTBOX.NEXT_ATTEMPT_AT),
                r.get(MAIL_OUTBOX.LAST_ERROR),
                r.get(CREATOR.NAME),
                r.get(MAIL_OUTBOX.CREATED_AT),
                r.get(MAIL_OUTBOX.SENT_AT),
                r.get(MAIL_OUTBOX.VERSION));
    }

    static String truncate(String error) {
        return error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR - 1) + "…" : error;
    }
}
