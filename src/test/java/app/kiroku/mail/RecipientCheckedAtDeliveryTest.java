package app.kiroku.mail;

import static app.kiroku.db.Tables.APP_USER;
import static app.kiroku.db.Tables.MAIL_OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.KirokuTest;
import app.kiroku.SignIn;
import app.kiroku.db.tables.records.MailOutboxRecord;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A mail for a Kiroku user goes out only if that user is still an active in-house user when the sender takes it up:
 * one deactivated, or turned into a partner, after the mail was queued gets nothing, and the mail is 送信失敗.
 */
@KirokuTest
class RecipientCheckedAtDeliveryTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    MailOutbox outbox;

    @Autowired
    DSLContext dsl;

    @Autowired
    UserDetailsService users;

    final MutableClock clock = new MutableClock();
    final TestSmtp smtp = new TestSmtp();

    @BeforeEach
    void startServer() {
        dsl.deleteFrom(MAIL_OUTBOX).execute();
        smtp.start();
        SignIn.as(users, "staff1");
    }

    @AfterEach
    void restore() {
        smtp.close();
        dsl.deleteFrom(MAIL_OUTBOX).execute();
        dsl.update(APP_USER)
                .set(APP_USER.ACTIVE, true)
                .where(APP_USER.LOGIN_ID.eq("staff2"))
                .execute();
        dsl.update(APP_USER)
                .set(APP_USER.ROLE, "STAFF")
                .where(APP_USER.LOGIN_ID.eq("staff3"))
                .execute();
        SignIn.out();
    }

    private long user(String login) {
        return dsl.select(APP_USER.ID)
                .from(APP_USER)
                .where(APP_USER.LOGIN_ID.eq(login))
                .fetchSingle()
                .value1();
    }

    private void enqueueTo(String login) {
        outbox.enqueue(
                List.of(new OutgoingMail(
                        user(login), login + "@kiroku.example.com", "件名 " + login, "本文", "<p>本文</p>", null)),
                user("staff1"));
    }

    private MailOutboxRecord rowTo(String login) {
        return dsl.selectFrom(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.RECIPIENT_USER_ID.eq(user(login)))
                .fetchSingle();
    }

    @Test
    void aUserDeactivatedAfterTheMailWasQueuedReceivesNothing() {
        enqueueTo("staff2");
        enqueueTo("staff4");
        dsl.update(APP_USER)
                .set(APP_USER.ACTIVE, false)
                .where(APP_USER.LOGIN_ID.eq("staff2"))
                .execute();

        assertThat(smtp.deliverDue(context, clock)).isEqualTo(1);
        assertThat(smtp.received()).hasSize(1);
        assertThat(rowTo("staff4").getStatus()).isEqualTo("SENT");
        MailOutboxRecord refused = rowTo("staff2");
        assertThat(refused.getStatus()).isEqualTo("FAILED");
        assertThat(refused.getAttempts()).isEqualTo(1);
        assertThat(refused.getLastError()).isEqualTo(OutboxSender.RECIPIENT_INACTIVE);
    }

    @Test
    void aUserWhoBecameAPartnerAfterTheMailWasQueuedReceivesNothing() {
        enqueueTo("staff3");
        dsl.update(APP_USER)
                .set(APP_USER.ROLE, "PARTNER")
                .where(APP_USER.LOGIN_ID.eq("staff3"))
                .execute();

        assertThat(smtp.deliverDue(context, clock)).isZero();
        assertThat(smtp.received()).isEmpty();
        assertThat(rowTo("staff3").getStatus()).isEqualTo("FAILED");
        assertThat(rowTo("staff3").getLastError()).isEqualTo(OutboxSender.RECIPIENT_INACTIVE);
    }

    @Test
    void mailToAnAddressWithoutAUserIsNotChecked() {
        outbox.enqueue(
                List.of(new OutgoingMail(null, "someone@kiroku.example.com", "件名", "本文", "<p>本文</p>", null)),
                user("staff1"));

        assertThat(smtp.deliverDue(context, clock)).isEqualTo(1);
        assertThat(dsl.selectFrom(MAIL_OUTBOX).fetchSingle().getStatus()).isEqualTo("SENT");
    }
}
