package app.kiroku.negotiation;

import static app.kiroku.db.Tables.APP_USER;
import static app.kiroku.db.Tables.AUDIT_LOG;
import static app.kiroku.db.Tables.CUSTOMER;
import static app.kiroku.db.Tables.CUSTOMER_ASSIGNEE;
import static app.kiroku.db.Tables.MAIL_OUTBOX;
import static app.kiroku.db.Tables.NEGOTIATION;

import app.kiroku.TestClock;
import app.kiroku.customer.CustomerDraft;
import app.kiroku.customer.CustomerService;
import java.time.LocalTime;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * A customer whose 担当者 are 佐藤 健一 (staff1), 鈴木 美咲 (staff2) and 渡辺 大輔 (staff5, no e-mail address), and a
 * record of theirs done today whose report tries to smuggle in a script. Made as staff1; removed with its mails.
 */
public final class MailFixture {

    public static final String CUSTOMER_NAME = "メール 確認商事";
    public static final String REPORT = "初回のご挨拶。<script>alert('x')</script>\n見積書をお渡しした。";
    public static final String REMARKS = "駐車場は裏手。髙橋様（ご主人）は平日１８時以降在宅〜";

    public final long customerId;
    public final long recordId;

    private MailFixture(long customerId, long recordId) {
        this.customerId = customerId;
        this.recordId = recordId;
    }

    public static long userId(DSLContext dsl, String loginId) {
        return dsl.select(APP_USER.ID)
                .from(APP_USER)
                .where(APP_USER.LOGIN_ID.eq(loginId))
                .fetchSingle()
                .value1();
    }

    public static MailFixture create(DSLContext dsl, CustomerService customers, NegotiationService negotiations) {
        var customer = new CustomerDraft();
        customer.setName(CUSTOMER_NAME);
        customer.setKana("メール\u3000カクニンショウジ");
        customer.setAssigneeIds(Set.of(userId(dsl, "staff1"), userId(dsl, "staff2"), userId(dsl, "staff5")));
        long customerId = customers.create(customer);
        var draft = negotiations.newDraft(customerId);
        draft.setDoneDate(TestClock.TODAY);
        draft.setDoneTime(LocalTime.of(14, 30));
        draft.setProgressId(3L);
        draft.setRankId(1L);
        draft.setDepartmentId(1L);
        draft.setReport(REPORT);
        draft.setRemarks(REMARKS);
        return new MailFixture(customerId, negotiations.create(draft));
    }

    public void remove(DSLContext dsl) {
        dsl.deleteFrom(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.NEGOTIATION_ID.eq(recordId))
                .execute();
        dsl.deleteFrom(NEGOTIATION)
                .where(NEGOTIATION.CUSTOMER_ID.eq(customerId))
                .execute();
        dsl.deleteFrom(CUSTOMER_ASSIGNEE)
                .where(CUSTOMER_ASSIGNEE.CUSTOMER_ID.eq(customerId))
                .execute();
        app.kiroku.TestData.deleteSearchKeys(dsl, java.util.List.of(customerId));
        dsl.deleteFrom(CUSTOMER).where(CUSTOMER.ID.eq(customerId)).execute();
        dsl.deleteFrom(AUDIT_LOG)
                .where(AUDIT_LOG
                        .ENTITY_TYPE
                        .eq("negotiation")
                        .and(AUDIT_LOG.ENTITY_ID.eq(recordId))
                        .or(AUDIT_LOG.ENTITY_TYPE.eq("customer").and(AUDIT_LOG.ENTITY_ID.eq(customerId))))
                .execute();
    }
}
