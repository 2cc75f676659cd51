package app.kiroku.negotiation;

import static app.kiroku.db.Tables.APP_USER;
import static app.kiroku.db.Tables.CUSTOMER;
import static app.kiroku.db.Tables.NEGOTIATION;
import static app.kiroku.db.Tables.REMINDER_DIGEST;

import app.kiroku.db.tables.Negotiation;
import app.kiroku.negotiation.NegotiationMailRepository.Addressee;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * Who receives visit invitations and reminders (active ADMIN and STAFF users with an address who did not turn them
 * off, never PARTNER), what the reminders list, and the {@code reminder_digest} rows that make each reminder once.
 */
@Repository
class VisitMailRepository {

    /** One line of a reminder. */
    record ReminderVisit(
            long negotiationId,
            LocalDate date,
            @Nullable LocalTime time,
            String customerName,
            @Nullable String address,
            @Nullable String lastReport) {}

    /** A reminder's recipient and their visits, in date and time order. */
    record Reminder(Addressee to, List<ReminderVisit> visits) {}

    private static final List<String> IN_HOUSE_ROLES = List.of("ADMIN", "STAFF");
    private static final Negotiation EARLIER = NEGOTIATION.as("earlier");

    private final DSLContext dsl;

    VisitMailRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The user, if invitations may go to them. */
    Optional<Addressee> invitee(long userId) {
        return dsl.select(APP_USER.ID, APP_USER.NAME, APP_USER.EMAIL, APP_USER.LOCALE)
                .from(APP_USER)
                .where(APP_USER.ID.eq(userId))
                .and(reachable())
                .and(APP_USER.VISIT_INVITATIONS.isTrue())
                .fetchOptional(r -> new Addressee(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    Optional<String> customerAddress(long customerId) {
        return dsl.select(CUSTOMER.ADDRESS)
                .from(CUSTOMER)
                .where(CUSTOMER.ID.eq(customerId))
                .fetchOptional(CUSTOMER.ADDRESS);
    }

    /** Plans (no 対応日 yet) on {@code date}, per handler who wants reminders and has no {@code kind} mail for it. */
    List<Reminder> plannedOn(LocalDate date, String kind, LocalDate digestDate) {
        return reminders(NEGOTIATION.PLANNED_DATE.eq(date), kind, digestDate);
    }

    /** Plans whose 予定日 lies before {@code today} and that still have no 対応日. */
    List<Reminder> overdueOn(LocalDate today, String kind) {
        return reminders(NEGOTIATION.PLANNED_DATE.lt(today), kind, today);
    }

    private List<Reminder> reminders(Condition plans, String kind, LocalDate digestDate) {
        Map<Long, Reminder> byUser = new LinkedHashMap<>();
        dsl.select(
                        APP_USER.ID,
                        APP_USER.NAME,
                        APP_USER.EMAIL,
                        APP_USER.LOCALE,
                        NEGOTIATION.ID,
                        NEGOTIATION.PLANNED_DATE,
                        NEGOTIATION.PLANNED_TIME,
                        CUSTOMER.NAME,
                        CUSTOMER.ADDRESS,
                        lastReport())
                .from(NEGOTIATION)
                .join(APP_USER)
                .on(APP_USER.ID.eq(NEGOTIATION.HANDLER_ID))
                .join(CUSTOMER)
                .on(CUSTOMER.ID.eq(NEGOTIATION.CUSTOMER_ID))
                .where(plans)
                .and(NEGOTIATION.DONE_DATE.isNull())
                .and(reachable())
                .and(APP_USER.VISIT_REMINDERS.isTrue())
                .andNotExists(DSL.selectOne()
                        .from(REMINDER_DIGEST)
                        .where(REMINDER_DIGEST.USER_ID.eq(APP_USER.ID))
                        .and(REMINDER_DIGEST.KIND.eq(kind))
                        .and(REMINDER_DIGEST.DIGEST_DATE.eq(digestDate)))
                .orderBy(
                        APP_USER.ID,
                        NEGOTIATION.PLANNED_DATE,
                        NEGOTIATION.PLANNED_TIME.asc().nullsFirst(),
                        NEGOTIATION.ID)
                .forEach(r -> byUser.computeIfAbsent(
                                r.value1(),
                                id -> new Reminder(
                                        new Addressee(id, r.value2(), r.value3(), r.value4()), new ArrayList<>()))
                        .visits()
                        .add(new ReminderVisit(
                                r.value5(), r.value6(), r.value7(), r.value8(), r.value9(), r.value10())));
        return List.copyOf(byUser.values());
    }

    /** The report of the customer's newest done record. */
    private static Field<String> lastReport() {
        return DSL.field(DSL.select(EARLIER.REPORT)
                .from(EARLIER)
                .where(EARLIER.CUSTOMER_ID.eq(NEGOTIATION.CUSTOMER_ID))
                .and(EARLIER.DONE_DATE.isNotNull())
                .and(EARLIER.REPORT.isNotNull())
                .and(EARLIER.REPORT.ne(""))
                .orderBy(EARLIER.DONE_DATE.desc(), EARLIER.DONE_TIME.desc().nullsLast(), EARLIER.ID.desc())
                .limit(1));
    }

    /**
     * Records that the user's {@code kind} mail for {@code date} is being queued; false when it already was (by this
     * or another instance), and then nothing may be queued. The unique key decides: a second insert waits for the
     * first transaction and is then skipped.
     */
    boolean claimDigest(long userId, String kind, LocalDate date, LocalDateTime now) {
        return dsl.insertInto(REMINDER_DIGEST)
                        .set(REMINDER_DIGEST.USER_ID, userId)
                        .set(REMINDER_DIGEST.KIND, kind)
                        .set(REMINDER_DIGEST.DIGEST_DATE, date)
                        .set(REMINDER_DIGEST.CREATED_AT, now)
                        .onDuplicateKeyIgnore()
                        .execute()
                == 1;
    }

    private static Condition reachable() {
        return APP_USER.ROLE
                .in(IN_HOUSE_ROLES)
                .and(APP_USER.ACTIVE.isTrue())
                .and(APP_USER.EMAIL.isNotNull())
                .and(APP_USER.EMAIL.ne(""));
    }
}
