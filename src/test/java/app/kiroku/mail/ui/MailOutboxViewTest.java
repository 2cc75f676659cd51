package app.kiroku.mail.ui;

import static app.kiroku.db.Tables.APP_USER;
import static app.kiroku.db.Tables.MAIL_OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.KirokuBrowserlessTest;
import app.kiroku.SignIn;
import app.kiroku.TestClock;
import app.kiroku.mail.MailEntry;
import app.kiroku.mail.MailStatus;
import app.kiroku.shared.ui.ErrorPage;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDateTime;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/** The admin's list of all outbox mails, with 「再送」 for failed ones; nobody else may open it. */
@Transactional
class MailOutboxViewTest extends KirokuBrowserlessTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    DSLContext dsl;

    long failedId;

    @BeforeEach
    void mails() {
        dsl.deleteFrom(MAIL_OUTBOX).execute();
        long admin = dsl.select(APP_USER.ID)
                .from(APP_USER)
                .where(APP_USER.LOGIN_ID.eq("admin"))
                .fetchSingle()
                .value1();
        LocalDateTime now = TestClock.TODAY.atTime(9, 0);
        failedId = insert(admin, "failed@kiroku.example.com", MailStatus.FAILED, 8, "Connection refused", now);
        insert(admin, "sent@kiroku.example.com", MailStatus.SENT, 1, null, now.plusMinutes(1));
    }

    private long insert(long by, String to, MailStatus status, int attempts, String error, LocalDateTime at) {
        return dsl.insertInto(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.RECIPIENT_EMAIL, to)
                .set(MAIL_OUTBOX.SUBJECT, "【商談記録】テスト")
                .set(MAIL_OUTBOX.BODY_TEXT, "本文")
                .set(MAIL_OUTBOX.BODY_HTML, "<p>本文</p>")
                .set(MAIL_OUTBOX.STATUS, status.name())
                .set(MAIL_OUTBOX.ATTEMPTS, attempts)
                .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, at)
                .set(MAIL_OUTBOX.LAST_ERROR, error)
                .set(MAIL_OUTBOX.CREATED_BY, by)
                .set(MAIL_OUTBOX.CREATED_AT, at)
                .set(MAIL_OUTBOX.SENT_AT, status == MailStatus.SENT ? at : null)
                .returningResult(MAIL_OUTBOX.ID)
                .fetchSingle()
                .value1();
    }

    @Test
    void adminsSeeEveryMailAndResendAFailedOne() {
        SignIn.as(users, "admin");
        var view = navigate(MailOutboxView.class);
        assertThat($(Div.class).id("mail-no-smtp").getText()).contains("SMTPサーバーが設定されていない");
        assertThat(test(view.grid).size()).isEqualTo(2);
        // newest first: the delivered one, then the failed one with its error and 再送
        assertThat(test(view.grid).getRow(0).status()).isEqualTo(MailStatus.SENT);
        assertThat(test(view.grid).getCellComponent(1, 1).getElement().getText())
                .isEqualTo("送信失敗");
        assertThat(test(view.grid).getCellComponent(1, 7).getElement().getTextRecursively())
                .contains("Connection refused");

        @SuppressWarnings("unchecked")
        Select<MailStatus> status = $(Select.class).id("mail-status-filter");
        test(status).selectItem("送信失敗");
        assertThat(test(view.grid).size()).isEqualTo(1);

        test($(Button.class).id("mail-resend-" + failedId)).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("再送待ちにしました。");
        var row = dsl.selectFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.ID.eq(failedId)).fetchSingle();
        assertThat(row.getStatus()).isEqualTo("QUEUED");
        assertThat(row.getAttempts()).isZero();
        // the list follows: no failed mail left, and the resent one shows 「SMTP未設定」 while none is configured
        assertThat(test(view.grid).size()).isZero();
        test(status).selectItem("送信待ち");
        MailEntry queued = test(view.grid).getRow(0);
        assertThat(queued.id()).isEqualTo(failedId);
        assertThat(test(view.grid).getCellComponent(0, 1).getElement().getText())
                .isEqualTo("SMTP未設定");
    }

    @Test
    void kirokusOwnReasonForGivingUpShowsTranslated() {
        long admin = dsl.select(APP_USER.ID)
                .from(APP_USER)
                .where(APP_USER.LOGIN_ID.eq("admin"))
                .fetchSingle()
                .value1();
        insert(
                admin,
                "inactive@kiroku.example.com",
                MailStatus.FAILED,
                1,
                MailEntry.FAILURE_KEY_PREFIX + "recipientInactive",
                TestClock.TODAY.atTime(9, 30));
        SignIn.as(users, "admin");
        var view = navigate(MailOutboxView.class);

        assertThat(test(view.grid).getRow(0).recipientEmail()).isEqualTo("inactive@kiroku.example.com");
        assertThat(test(view.grid).getCellComponent(0, 7).getElement().getTextRecursively())
                .contains("宛先のユーザーが無効です");
        assertThat(test(view.grid).getCellComponent(0, 1).getElement().getAttribute("title"))
                .startsWith("宛先のユーザーが無効です");
    }

    @Test
    void staffAndPartnersCannotOpenIt() {
        for (String login : new String[] {"staff1", "partner1"}) {
            SignIn.as(users, login);
            UI.getCurrent().navigate("admin/mail");
            assertThat(getCurrentView()).isInstanceOf(ErrorPage.class);
        }
    }
}
