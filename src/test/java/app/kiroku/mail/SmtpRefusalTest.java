package app.kiroku.mail;

import static app.kiroku.db.Tables.APP_USER;
import static app.kiroku.db.Tables.MAIL_OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.KirokuTest;
import app.kiroku.SignIn;
import app.kiroku.db.tables.records.MailOutboxRecord;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A server that refuses a mail for good (5xx) makes it 送信失敗 at the first attempt, with the server's reply as its
 * error, as does a mail Simple Java Mail refuses to build; a server that refuses for now (4xx) gets it again after
 * the backoff.
 */
@KirokuTest
class SmtpRefusalTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    MailOutbox outbox;

    @Autowired
    DSLContext dsl;

    @Autowired
    UserDetailsService users;

    final MutableClock clock = new MutableClock();

    @BeforeEach
    void enqueueOneMail() {
        dsl.deleteFrom(MAIL_OUTBOX).execute();
        SignIn.as(users, "staff1");
        long staff1 = dsl.select(APP_USER.ID)
                .from(APP_USER)
                .where(APP_USER.LOGIN_ID.eq("staff1"))
                .fetchSingle()
                .value1();
        outbox.enqueue(
                List.of(new OutgoingMail(null, "nobody@kiroku.example.com", "件名", "本文", "<p>本文</p>", null)), staff1);
    }

    @AfterEach
    void cleanUp() {
        dsl.deleteFrom(MAIL_OUTBOX).execute();
        SignIn.out();
    }

    private MailOutboxRecord row() {
        return dsl.selectFrom(MAIL_OUTBOX).fetchSingle();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            RCPT | 550 5.1.1 <nobody@kiroku.example.com>: Recipient address rejected: mailbox unavailable
            RCPT | 553 5.1.3 Bad recipient address syntax
            DATA | 554 5.7.1 Message rejected as spam
            MAIL | 550 5.7.1 Sender address rejected: not owned by user
            """)
    void aRefusalForGoodFailsTheMailAtOnceWithTheServersReply(RefusingSmtpPeer.Stage stage, String reply) {
        try (var server = new RefusingSmtpPeer(stage, reply)) {
            OutboxSender sender = TestSmtp.senderTo(server.port(), context, clock);

            assertThat(sender.deliverDue()).isZero();
            MailOutboxRecord failed = row();
            assertThat(failed.getStatus()).isEqualTo("FAILED");
            assertThat(failed.getAttempts()).isEqualTo(1);
            assertThat(failed.getLastError()).contains(reply);

            clock.advance(Duration.ofDays(1));
            assertThat(sender.deliverDue()).isZero();
            assertThat(server.mailsOffered()).isEqualTo(1);
        }
    }

    @Test
    void aMailThatCannotBeBuiltAsItIsFailsAtOnce() {
        dsl.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.RECIPIENT_EMAIL, "nobody-at-kiroku.example.com")
                .execute();
        try (var server = new TestSmtp().start()) {
            assertThat(server.deliverDue(context, clock)).isZero();
            assertThat(server.received()).isEmpty();
        }
        MailOutboxRecord failed = row();
        assertThat(failed.getStatus()).isEqualTo("FAILED");
        assertThat(failed.getAttempts()).isEqualTo(1);
        assertThat(failed.getLastError()).contains("nobody-at-kiroku.example.com");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            RCPT | 450 4.2.1 Mailbox busy, try again later
            DATA | 451 4.3.0 Temporary local problem
            MAIL | 421 4.7.0 Too many connections, try again later
            """)
    void aRefusalForNowIsRetriedAfterTheBackoff(RefusingSmtpPeer.Stage stage, String reply) {
        try (var server = new RefusingSmtpPeer(stage, reply)) {
            OutboxSender sender = TestSmtp.senderTo(server.port(), context, clock);

            assertThat(sender.deliverDue()).isZero();
            MailOutboxRecord waiting = row();
            assertThat(waiting.getStatus()).isEqualTo("QUEUED");
            assertThat(waiting.getAttempts()).isEqualTo(1);
            assertThat(waiting.getLastError()).contains(reply);
            assertThat(waiting.getNextAttemptAt())
                    .isEqualTo(LocalDateTime.now(clock).plusMinutes(1));

            clock.advance(Duration.ofMinutes(1));
            assertThat(sender.deliverDue()).isZero();
            assertThat(server.mailsOffered()).isEqualTo(2);
            assertThat(row().getStatus()).isEqualTo("QUEUED");
            assertThat(row().getAttempts()).isEqualTo(2);
        }
    }
}
