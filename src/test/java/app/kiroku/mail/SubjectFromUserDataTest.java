package app.kiroku.mail;

import static app.kiroku.db.Tables.APP_USER;
import static app.kiroku.db.Tables.MAIL_OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.KirokuTest;
import app.kiroku.SignIn;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A subject built from a customer name with line breaks in it (typed, pasted, or percent-encoded as {@code %0A})
 * is delivered on one line: no header is injected and the mail does not fail. The body keeps its lines.
 */
@KirokuTest
class SubjectFromUserDataTest {

    /** Subject as queued, and as the server must receive it. */
    static final Map<String, String> SUBJECTS = Map.of(
            "【商談記録】株式会社ABC\r\nBcc: evil@attacker.example 2026/11/26",
            "【商談記録】株式会社ABC Bcc: evil@attacker.example 2026/11/26",
            "【商談記録】山田\n商事 \n 2026/11/26",
            "【商談記録】山田 商事 2026/11/26",
            "【商談記録】ABC%0ABcc:%0aevil@attacker.example%0D%0AX-Injected: yes",
            "【商談記録】ABC Bcc: evil@attacker.example X-Injected: yes",
            "【商談記録】タブ\tと\u0000制御文字\u2028と改行\r",
            "【商談記録】タブ と 制御文字 と改行");

    @Autowired
    ApplicationContext context;

    @Autowired
    MailOutbox outbox;

    @Autowired
    DSLContext dsl;

    @Autowired
    UserDetailsService users;

    final TestSmtp smtp = new TestSmtp();

    @BeforeEach
    void startServer() {
        dsl.deleteFrom(MAIL_OUTBOX).execute();
        smtp.start();
        SignIn.as(users, "staff1");
    }

    @AfterEach
    void cleanUp() {
        smtp.close();
        dsl.deleteFrom(MAIL_OUTBOX).execute();
        SignIn.out();
    }

    @Test
    void lineBreaksInTheSubjectNeitherInjectHeadersNorFailTheMail() throws MessagingException {
        long staff1 = dsl.select(APP_USER.ID)
                .from(APP_USER)
                .where(APP_USER.LOGIN_ID.eq("staff1"))
                .fetchSingle()
                .value1();
        List<OutgoingMail> mails = SUBJECTS.keySet().stream()
                .map(subject -> new OutgoingMail(
                        null, "to@kiroku.example.com", subject, "一行目\n二行目\n", "<p>一行目<br>二行目</p>", null))
                .toList();
        outbox.enqueue(mails, staff1);

        assertThat(smtp.deliverDue(context, new MutableClock())).isEqualTo(SUBJECTS.size());
        assertThat(dsl.selectFrom(MAIL_OUTBOX).fetch(MAIL_OUTBOX.STATUS)).containsOnly("SENT");
        List<MimeMessage> received = smtp.received();
        assertThat(received).hasSize(SUBJECTS.size());
        assertThat(received).extracting(MimeMessage::getSubject).containsExactlyInAnyOrderElementsOf(SUBJECTS.values());
        for (MimeMessage message : received) {
            assertThat(message.getHeader("Bcc")).isNull();
            assertThat(message.getHeader("X-Injected")).isNull();
            assertThat(message.getAllRecipients())
                    .extracting(Object::toString)
                    .containsExactly("to@kiroku.example.com");
            assertThat(TestSmtp.body(message, "text/plain")).startsWith("一行目\n二行目\n");
        }
    }
}
