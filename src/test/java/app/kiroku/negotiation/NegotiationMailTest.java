package app.kiroku.negotiation;

import static app.kiroku.db.Tables.APP_USER;
import static app.kiroku.db.Tables.MAIL_OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kiroku.KirokuTest;
import app.kiroku.SignIn;
import app.kiroku.SignedInAs;
import app.kiroku.customer.CustomerService;
import app.kiroku.mail.MailEntry;
import app.kiroku.mail.MailStatus;
import app.kiroku.mail.MutableClock;
import app.kiroku.mail.TestSmtp;
import app.kiroku.shared.validation.InvalidInputException;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** メール送信 end to end below the UI: who may receive a record, what the mail says, and that it arrives over SMTP. */
@KirokuTest
@SignedInAs("staff1")
class NegotiationMailTest {

    @Autowired
    NegotiationMailService mail;

    @Autowired
    NegotiationService negotiations;

    @Autowired
    CustomerService customers;

    @Autowired
    UserDetailsService users;

    @Autowired
    DSLContext dsl;

    @Autowired
    ApplicationContext context;

    final TestSmtp smtp = new TestSmtp();
    MailFixture fixture;

    @BeforeEach
    void record() {
        fixture = MailFixture.create(dsl, customers, negotiations);
    }

    @AfterEach
    void cleanUp() {
        smtp.close();
        fixture.remove(dsl);
        dsl.update(APP_USER)
                .setNull(APP_USER.LOCALE)
                .where(APP_USER.LOGIN_ID.eq("admin"))
                .execute();
        SignIn.out();
    }

    private long user(String loginId) {
        return MailFixture.userId(dsl, loginId);
    }

    @Test
    void theCustomersAssigneesComeFirstThenEveryOtherInHouseUserButNeverAPartner() {
        MailRecipients recipients = mail.recipients(fixture.recordId);

        assertThat(recipients.assignees()).extracting(MailRecipient::name).containsExactly("佐藤 健一", "鈴木 美咲", "渡辺 大輔");
        assertThat(recipients.others())
                .extracting(MailRecipient::name)
                .containsExactlyInAnyOrder("山田 花子", "高橋 翔太", "伊藤 陽子", "中村 直樹")
                .doesNotContain("田中 誠（田中設備）");
        // ticked by default: the 担当者 who can receive mail, except the sender
        assertThat(recipients.suggested()).containsExactly(user("staff2"));
        var noAddress = recipients.assignees().get(2);
        assertThat(noAddress.reachable()).isFalse();
        assertThat(noAddress.email()).isNull();
    }

    @Test
    void theMailCarriesTheRecordWithItsRemarksAndTheMemoInJapaneseAndArrivesOverSmtp() throws Exception {
        String memo = "見積の件、金曜までにご確認ください。\n①〜③の順でお願いします。";
        assertThat(mail.send(fixture.recordId, List.of(user("staff2"), user("manager1")), memo))
                .isEqualTo(2);
        // queued in this request, nothing sent yet
        assertThat(dsl.fetchCount(
                        MAIL_OUTBOX,
                        MAIL_OUTBOX.NEGOTIATION_ID.eq(fixture.recordId).and(MAIL_OUTBOX.STATUS.eq("QUEUED"))))
                .isEqualTo(2);

        smtp.start();
        assertThat(smtp.deliverDue(context, new MutableClock())).isEqualTo(2);
        List<MimeMessage> received = smtp.received();
        assertThat(received).hasSize(2);
        MimeMessage message = received.stream()
                .filter(m -> recipient(m).equals("staff2@kiroku.example.com"))
                .findFirst()
                .orElseThrow();

        assertThat(message.getSubject()).isEqualTo("【商談記録】メール 確認商事 2026/11/26 (木)");
        assertThat(message.getHeader("Subject")[0]).startsWithIgnoringCase("=?UTF-8?");
        assertThat(message.getFrom()[0].toString()).isEqualTo(TestSmtp.FROM);

        String text = TestSmtp.body(message, "text/plain");
        assertThat(text)
                .contains("佐藤 健一さんから商談記録が送られました。")
                .contains("【メモ】\n見積の件、金曜までにご確認ください。\n①〜③の順でお願いします。")
                .contains("顧客名：メール 確認商事")
                .contains("対応日：2026/11/26 (木) 14:30")
                .contains("予定日：—")
                .contains("商談対応者：佐藤 健一")
                .contains("進捗：提案中")
                .contains("顧客ランク：A")
                .contains("担当部署：営業一課")
                .contains("【内容／日報】\n" + MailFixture.REPORT)
                .contains("【備考】\n" + MailFixture.REMARKS)
                .contains("商談記録を開く：http://localhost:8080/negotiations/" + fixture.recordId)
                .contains("送信者：佐藤 健一");

        String html = TestSmtp.body(message, "text/html");
        assertThat(html)
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;<br>")
                .doesNotContain("<script")
                .contains(MailFixture.REMARKS)
                .contains("見積の件、金曜までにご確認ください。<br>\n①〜③の順でお願いします。")
                .contains("<a href=\"http://localhost:8080/negotiations/" + fixture.recordId + "\">");
        assertThat(TestSmtp.contentType(message, "text/plain")).containsPattern("(?i)charset=\"?UTF-8");
        assertThat(TestSmtp.contentType(message, "text/html")).containsPattern("(?i)charset=\"?UTF-8");

        // 送信履歴 of the record
        List<MailEntry> history = mail.history(fixture.recordId);
        assertThat(history).hasSize(2).allSatisfy(entry -> {
            assertThat(entry.status()).isEqualTo(MailStatus.SENT);
            assertThat(entry.createdByName()).isEqualTo("佐藤 健一");
        });
        assertThat(history).extracting(MailEntry::recipientName).containsExactlyInAnyOrder("鈴木 美咲", "中村 直樹");
    }

    @Test
    void aRecipientWhoPrefersEnglishGetsTheMailInEnglish() throws Exception {
        dsl.update(APP_USER)
                .set(APP_USER.LOCALE, "en")
                .where(APP_USER.LOGIN_ID.eq("admin"))
                .execute();
        mail.send(fixture.recordId, List.of(user("admin")), null);
        smtp.start();
        smtp.deliverDue(context, new MutableClock());

        MimeMessage message = smtp.received().getFirst();
        assertThat(message.getSubject()).isEqualTo("[Negotiation record] メール 確認商事 2026/11/26 (Thu)");
        assertThat(TestSmtp.body(message, "text/plain"))
                .contains("[Remarks]\n" + MailFixture.REMARKS)
                .doesNotContain("[Memo]");
    }

    @Test
    void recipientsWhoCannotReceiveMailAreRefusedAndNothingIsQueued() {
        assertRefused(List.of(), null, "recipients", "mail.error.noRecipients");
        assertRefused(List.of(user("partner1")), null, "recipients", "mail.error.recipientUnavailable");
        assertRefused(List.of(user("staff2"), user("partner1")), null, "recipients", "mail.error.recipientUnavailable");
        assertRefused(List.of(user("staff5")), null, "recipients", "mail.error.recipientUnavailable");
        assertRefused(
                List.of(user("staff2")),
                "あ".repeat(NegotiationMailService.MEMO_MAX + 1),
                "memo",
                "mail.error.memoTooLong");
        assertThat(dsl.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.NEGOTIATION_ID.eq(fixture.recordId)))
                .isZero();
    }

    @Test
    void partnersMayNeitherSendNorSeeAnything() {
        SignIn.as(users, "partner1");
        assertThatThrownBy(() -> mail.send(fixture.recordId, List.of(user("staff2")), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> mail.recipients(fixture.recordId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> mail.history(fixture.recordId)).isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, "staff1");
        assertThat(dsl.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.NEGOTIATION_ID.eq(fixture.recordId)))
                .isZero();
    }

    private void assertRefused(List<Long> recipients, @Nullable String memo, String field, String key) {
        assertThatThrownBy(() -> mail.send(fixture.recordId, recipients, memo))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKeysByField()).containsEntry(field, key));
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
