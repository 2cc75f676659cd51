package app.kiroku.negotiation.ui;

import static app.kiroku.db.Tables.MAIL_OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.KirokuBrowserlessTest;
import app.kiroku.SignedInAs;
import app.kiroku.customer.CustomerService;
import app.kiroku.negotiation.MailFixture;
import app.kiroku.negotiation.MailRecipient;
import app.kiroku.negotiation.NegotiationService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * メール送信 on a record, by its Japanese labels: 「メール送信」 → 担当者 / 社内ユーザー → 「選択」 → 「メモ入力」 →
 * 「OK」 → confirm 「OK」. The test app has no SMTP server, so mail stays queued as 「SMTP未設定」.
 */
@Transactional
@SignedInAs("staff1")
class MailSendDialogTest extends KirokuBrowserlessTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    CustomerService customers;

    @Autowired
    NegotiationService negotiations;

    @Autowired
    DSLContext dsl;

    MailFixture fixture;

    @BeforeEach
    void record() {
        fixture = MailFixture.create(dsl, customers, negotiations);
        navigate(NegotiationDetailView.class, fixture.recordId);
    }

    private Button button(String text) {
        return $(Button.class).withText(text).first();
    }

    @SuppressWarnings("unchecked")
    private Grid<MailRecipient> grid(String id) {
        return $(Grid.class).id(id);
    }

    @Test
    void tickSelectEnterAMemoConfirmAndTheMailIsQueuedAndShownInTheHistory() {
        test(button("メール送信")).click();
        var dialog = $(Dialog.class).id("mail-dialog");
        assertThat(dialog.isOpened()).isTrue();

        // the customer's 担当者 first, the default tab, with the reachable ones (not me) ticked
        var tabs = $(TabSheet.class).id("mail-tabs");
        assertThat(test(tabs).getTab(0).getLabel()).isEqualTo("担当者");
        assertThat(test(tabs).getTab(1).getLabel()).isEqualTo("社内ユーザー");
        assertThat(test(tabs).isSelected(0)).isTrue();
        var assignees = grid("mail-assignees");
        assertThat(test(assignees).size()).isEqualTo(3);
        assertThat(test(assignees).getSelected())
                .extracting(MailRecipient::name)
                .containsExactly("鈴木 美咲");
        // 渡辺 大輔 has no address: listed, with the reason instead of one
        assertThat(test(assignees).getRow(2).name()).isEqualTo("渡辺 大輔");
        assertThat(test(assignees).getCellComponent(2, 2).getElement().getText())
                .isEqualTo("メールアドレス未登録のため選択できません");
        assertThat($(Span.class).id("mail-selected-count").getText()).isEqualTo("選択中: 1名");

        // 社内ユーザー: everyone else in-house, searchable, never the partner
        test(tabs).select("社内ユーザー");
        var others = grid("mail-users");
        assertThat(test(others).size()).isEqualTo(4);
        for (int row = 0; row < 4; row++) {
            assertThat(test(others).getRow(row).name()).isNotEqualTo("田中 誠（田中設備）");
        }
        test($(TextField.class).id("mail-user-search")).setValue("たかはし");
        assertThat(test(others).size()).isEqualTo(1);
        test(others).select(0);
        assertThat($(Span.class).id("mail-selected-count").getText()).isEqualTo("選択中: 2名");

        // 選択 → the recipients, then メモ入力
        test(button("選択")).click();
        assertThat($(Div.class).id("mail-recipients").getElement().getTextRecursively())
                .contains("鈴木 美咲")
                .contains("高橋 翔太");
        test(button("メモ入力")).click();
        test($(TextArea.class).id("mail-memo")).setValue("見積の件、ご確認ください。");

        // OK → the confirmation → OK
        test($(Button.class).id("mail-ok")).click();
        var confirm = $(ConfirmDialog.class).id("mail-confirm");
        assertThat(confirm.getElement().getProperty("message")).contains("2名");
        assertThat(confirm.getElement().getProperty("confirmText")).isEqualTo("OK");
        test(confirm).confirm();

        assertThat(dialog.isOpened()).isFalse();
        var notice = $(Notification.class).last();
        assertThat(test(notice).getText()).contains("2名").contains("SMTPサーバーが未設定");
        var rows = dsl.selectFrom(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.NEGOTIATION_ID.eq(fixture.recordId))
                .fetch();
        assertThat(rows).hasSize(2).allSatisfy(row -> {
            assertThat(row.getStatus()).isEqualTo("QUEUED");
            assertThat(row.getBodyText()).contains("見積の件、ご確認ください。").contains(MailFixture.REMARKS);
        });
        assertThat(rows)
                .extracting(r -> r.getRecipientEmail())
                .containsExactlyInAnyOrder("staff2@kiroku.example.com", "staff3@kiroku.example.com");

        // 送信履歴 on the record, waiting for an SMTP server
        var history = grid("mail-history");
        assertThat(test(history).size()).isEqualTo(2);
        assertThat(test(history).getCellComponent(0, 3).getElement().getText()).isEqualTo("SMTP未設定");
    }

    @Test
    void withNobodyTickedSelectIsDisabledAndTheMemoIsOptional() {
        test(button("メール送信")).click();
        var assignees = grid("mail-assignees");
        assignees.deselectAll();
        var select = $(Button.class).id("mail-select");
        assertThat(select.isEnabled()).isFalse();

        test(assignees).select(1);
        assertThat(select.isEnabled()).isTrue();
        test(select).click();
        // no memo typed: OK sends the record alone
        test($(Button.class).id("mail-ok")).click();
        test($(ConfirmDialog.class).id("mail-confirm")).confirm();

        var row = dsl.selectFrom(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.NEGOTIATION_ID.eq(fixture.recordId))
                .fetchSingle();
        assertThat(row.getRecipientEmail()).isEqualTo("staff2@kiroku.example.com");
        assertThat(row.getBodyText()).doesNotContain("【メモ】");
    }

    @Test
    void goingBackFromTheMemoKeepsTheTicksAndCancelSendsNothing() {
        test(button("メール送信")).click();
        test(button("選択")).click();
        test(button("メモ入力")).click();
        test($(TextArea.class).id("mail-memo")).setValue("書きかけのメモ");
        test($(Button.class).id("mail-reselect")).click();
        assertThat(test(grid("mail-assignees")).getSelected())
                .extracting(MailRecipient::name)
                .containsExactly("鈴木 美咲");
        test(button("選択")).click();
        assertThat($(TextArea.class).id("mail-memo").getValue()).isEqualTo("書きかけのメモ");

        test($(Button.class).id("mail-ok")).click();
        test($(ConfirmDialog.class).id("mail-confirm")).cancel();
        test(button("キャンセル")).click();
        assertThat(dsl.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.NEGOTIATION_ID.eq(fixture.recordId)))
                .isZero();
    }
}
