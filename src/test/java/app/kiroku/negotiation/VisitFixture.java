package app.kiroku.negotiation;

import static app.kiroku.db.Tables.AUDIT_LOG;
import static app.kiroku.db.Tables.CUSTOMER;
import static app.kiroku.db.Tables.CUSTOMER_ASSIGNEE;
import static app.kiroku.db.Tables.MAIL_OUTBOX;
import static app.kiroku.db.Tables.NEGOTIATION;
import static app.kiroku.db.Tables.REMINDER_DIGEST;

import app.kiroku.TestData;
import app.kiroku.customer.CustomerDraft;
import app.kiroku.customer.CustomerService;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * A customer with an address, made by the signed-in user, and records of it; removed with every mail queued and
 * every reminder digest recorded since it was made.
 */
final class VisitFixture {

    static final String CUSTOMER_NAME = "招待 確認工務店";
    static final String ADDRESS = "東京都千代田区丸の内1-1-1";

    final long customerId;
    private final long outboxBefore;
    private final DSLContext dsl;
    private final NegotiationService negotiations;

    private VisitFixture(DSLContext dsl, NegotiationService negotiations, long customerId, long outboxBefore) {
        this.dsl = dsl;
        this.negotiations = negotiations;
        this.customerId = customerId;
        this.outboxBefore = outboxBefore;
    }

    static VisitFixture create(DSLContext dsl, CustomerService customers, NegotiationService negotiations) {
        long outboxBefore = dsl.select(DSL.coalesce(DSL.max(MAIL_OUTBOX.ID), 0L))
                .from(MAIL_OUTBOX)
                .fetchSingle()
                .value1();
        var customer = new CustomerDraft();
        customer.setName(CUSTOMER_NAME);
        customer.setKana("ショウタイ\u3000カクニンコウムテン");
        customer.setAddress(ADDRESS);
        customer.setAssigneeIds(Set.of(MailFixture.userId(dsl, "staff1")));
        return new VisitFixture(dsl, negotiations, customers.create(customer), outboxBefore);
    }

    /** A plan of the customer's, handled by {@code handler}, made by the signed-in user. */
    long plan(String handler, LocalDate date, @Nullable LocalTime time) {
        var draft = negotiations.newDraft(customerId);
        draft.setHandlerId(MailFixture.userId(dsl, handler));
        draft.setPlannedDate(date);
        draft.setPlannedTime(time);
        draft.setProgressId(3L);
        return negotiations.create(draft);
    }

    /** A done record of the customer's with a report. */
    long done(String handler, LocalDate date, String report) {
        var draft = negotiations.newDraft(customerId);
        draft.setHandlerId(MailFixture.userId(dsl, handler));
        draft.setDoneDate(date);
        draft.setDoneTime(LocalTime.of(10, 0));
        draft.setReport(report);
        return negotiations.create(draft);
    }

    /** The mails queued since the fixture was made for that user, oldest first. */
    List<Record> mailsTo(String loginId) {
        return dsl.select(MAIL_OUTBOX.fields())
                .from(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.ID.gt(outboxBefore))
                .and(MAIL_OUTBOX.RECIPIENT_USER_ID.eq(MailFixture.userId(dsl, loginId)))
                .orderBy(MAIL_OUTBOX.ID)
                .fetch();
    }

    void remove() {
        dsl.deleteFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.ID.gt(outboxBefore)).execute();
        dsl.deleteFrom(REMINDER_DIGEST).execute();
        List<Long> records = dsl.select(NEGOTIATION.ID)
                .from(NEGOTIATION)
                .where(NEGOTIATION.CUSTOMER_ID.eq(customerId))
                .fetch(NEGOTIATION.ID);
        dsl.deleteFrom(NEGOTIATION)
                .where(NEGOTIATION.CUSTOMER_ID.eq(customerId))
                .execute();
        dsl.deleteFrom(CUSTOMER_ASSIGNEE)
                .where(CUSTOMER_ASSIGNEE.CUSTOMER_ID.eq(customerId))
                .execute();
        TestData.deleteSearchKeys(dsl, List.of(customerId));
        dsl.deleteFrom(CUSTOMER).where(CUSTOMER.ID.eq(customerId)).execute();
        dsl.deleteFrom(AUDIT_LOG)
                .where(AUDIT_LOG
                        .ENTITY_TYPE
                        .eq("negotiation")
                        .and(AUDIT_LOG.ENTITY_ID.in(records))
                        .or(AUDIT_LOG.ENTITY_TYPE.eq("customer").and(AUDIT_LOG.ENTITY_ID.eq(customerId))))
                .execute();
    }
}
