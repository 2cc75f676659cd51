package app.kiroku.negotiation.ui;

import static app.kiroku.db.Tables.NEGOTIATION;
import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.KirokuBrowserlessTest;
import app.kiroku.SignIn;
import app.kiroku.SignedInAs;
import app.kiroku.TestClock;
import app.kiroku.customer.CustomerDraft;
import app.kiroku.customer.CustomerService;
import app.kiroku.customer.ui.CustomerView;
import app.kiroku.negotiation.NegotiationService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import java.time.LocalTime;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/** The buttons and messages of the record screens, by the Japanese labels users know. */
@Transactional
@SignedInAs("staff1")
class NegotiationScreensTest extends KirokuBrowserlessTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    CustomerService customers;

    @Autowired
    NegotiationService negotiations;

    @Autowired
    DSLContext dsl;

    long customerId;

    @BeforeEach
    void customer() {
        var draft = new CustomerDraft();
        draft.setName("画面 確認");
        draft.setKana("ガメン\u3000カクニン");
        customerId = customers.create(draft);
    }

    private NegotiationFormView openNew() {
        UI.getCurrent().navigate(CustomerView.class, CustomerView.of(customerId));
        test(button("商談登録")).click();
        return (NegotiationFormView) getCurrentView();
    }

    private Button button(String text) {
        return $(Button.class).withText(text).first();
    }

    @Test
    void registerFromTheCustomerSaveAndReturnToTheCustomer() {
        var form = openNew();
        assertThat(form.fields.handler.getValue().name()).isEqualTo("佐藤 健一");
        test(form.fields.plannedDate).setValue(TestClock.TODAY.plusDays(2));
        test(form.fields.plannedTime).setValue(LocalTime.of(14, 0));
        test(form.fields.report).setValue("初回のご挨拶。\n資料をお渡しした。");
        test(button("上記内容で保存")).click();

        assertThat(getCurrentView()).isInstanceOf(NegotiationDetailView.class);
        assertThat(getCurrentView().getElement().getTextRecursively())
                .contains("初回のご挨拶。")
                .contains("14:00");
        test($(Button.class).id("back")).click();
        assertThat(getCurrentView()).isInstanceOf(CustomerView.class);
    }

    @Test
    void withoutAnyDateTheFormSaysSoAtTheDateFields() {
        var form = openNew();
        test(form.fields.report).setValue("日付なし");
        test(button("上記内容で保存")).click();

        assertThat(form.fields.plannedDate.isInvalid()).isTrue();
        assertThat(form.fields.plannedDate.getErrorMessage()).isEqualTo("予定日か対応日のどちらかを入力してください。");
        assertThat(dsl.fetchCount(NEGOTIATION, NEGOTIATION.CUSTOMER_ID.eq(customerId)))
                .isZero();
    }

    @Test
    void ctrlSSavesAndEscapeAsksBeforeDiscarding() {
        var form = openNew();
        test(form.fields.doneDate).setValue(TestClock.TODAY);
        fireShortcut(Key.KEY_S, KeyModifier.CONTROL);
        assertThat(getCurrentView()).isInstanceOf(NegotiationDetailView.class);

        var second = openNew();
        test(second.fields.remarks).setValue("書きかけ");
        fireShortcut(Key.ESCAPE);
        var discard = $(ConfirmDialog.class).id("discard-dialog");
        assertThat(discard.isOpened()).isTrue();
        assertThat(getCurrentView()).isSameAs(second);
    }

    @Test
    void theVisitCycleSavesTheResultAndOpensTheNextPlanWithTheSameHandler() {
        var plan = negotiations.newDraft(customerId);
        plan.setPlannedDate(TestClock.TODAY);
        plan.setHandlerId(plan.getHandlerId());
        long id = negotiations.create(plan);

        navigate(NegotiationDetailView.class, id);
        test(button("結果を入力して次回予定")).click();
        var result = (NegotiationFormView) getCurrentView();
        assertThat(result.fields.doneDate.getValue()).isEqualTo(TestClock.TODAY);
        test(result.fields.report).setValue("訪問して見積りを説明した。");
        test(button("上記内容で保存して次回予定へ")).click();

        var next = (NegotiationFormView) getCurrentView();
        assertThat(UI.getCurrent().getActiveViewLocation().getPath())
                .isEqualTo("customers/" + customerId + "/negotiations/new");
        assertThat(next.fields.plannedDate.getValue()).isNull();
        assertThat(next.fields.doneDate.getValue()).isNull();
        assertThat(next.fields.handler.getValue().name()).isEqualTo("佐藤 健一");
        test(next.fields.plannedDate).setValue(TestClock.TODAY.plusDays(14));
        test(button("上記内容で保存")).click();

        assertThat(dsl.fetchCount(NEGOTIATION, NEGOTIATION.CUSTOMER_ID.eq(customerId)))
                .isEqualTo(2);
        assertThat(dsl.select(NEGOTIATION.REPORT)
                        .from(NEGOTIATION)
                        .where(NEGOTIATION.ID.eq(id))
                        .fetchSingle(NEGOTIATION.REPORT))
                .isEqualTo("訪問して見積りを説明した。");
    }

    @Test
    void deleteAsksWithAWarningThatItCannotBeUndone() {
        var plan = negotiations.newDraft(customerId);
        plan.setPlannedDate(TestClock.TODAY);
        long id = negotiations.create(plan);

        navigate(NegotiationDetailView.class, id);
        test(button("編集")).click();
        test(button("削除する")).click();
        var confirm = $(ConfirmDialog.class).id("delete-dialog");
        assertThat(confirm.getElement().getProperty("message")).contains("元に戻すことはできません");
        assertThat(confirm.getElement().getProperty("confirmText")).isEqualTo("OK");
        test(confirm).confirm();

        assertThat(getCurrentView()).isInstanceOf(CustomerView.class);
        assertThat(dsl.fetchCount(NEGOTIATION, NEGOTIATION.ID.eq(id))).isZero();
    }

    @Test
    void aLostRaceKeepsTheInputShowsWhoAndTheDifferences() {
        var plan = negotiations.newDraft(customerId);
        plan.setPlannedDate(TestClock.TODAY);
        long id = negotiations.create(plan);
        navigate(NegotiationDetailView.class, id);
        test(button("編集")).click();
        var form = (NegotiationFormView) getCurrentView();
        test(form.fields.remarks).setValue("私の備考");

        SignIn.as(users, "staff2");
        var theirs = negotiations.detail(id).orElseThrow().toDraft();
        theirs.setRemarks("鈴木の備考");
        negotiations.update(id, 0, theirs);
        SignIn.as(users, "staff1");

        test(button("上記内容で保存")).click();

        var dialog = $(Dialog.class).id("conflict-dialog");
        assertThat(dialog.getElement().getTextRecursively()).contains("鈴木 美咲");
        assertThat(form.fields.remarks.getValue()).isEqualTo("私の備考");
        test($(Button.class).id("conflict-keep")).click();
        assertThat(getCurrentView()).isSameAs(form);
        assertThat(form.fields.remarks.getValue()).isEqualTo("私の備考");
    }

    private long plannedInTwoDays() {
        var draft = negotiations.newDraft(customerId);
        draft.setPlannedDate(TestClock.TODAY.plusDays(2));
        return negotiations.create(draft);
    }

    private RescheduleDialog openReschedule(long id) {
        UI.getCurrent().navigate(NegotiationDetailView.class, id);
        test(button("日時を変更")).click();
        return $(RescheduleDialog.class).single();
    }

    @Test
    void 日時を変更MovesAPlannedVisitWithoutTheCalendarAndRefusesAnEmptyDate() {
        long id = plannedInTwoDays();
        var dialog = openReschedule(id);
        dialog.date.clear();
        test($(Button.class).id("reschedule-save")).click();
        assertThat(dialog.date.isInvalid()).isTrue();
        assertThat(dialog.date.getErrorMessage()).isEqualTo("予定日を入力してください。");
        assertThat(negotiations.detail(id).orElseThrow().plannedDate()).isEqualTo(TestClock.TODAY.plusDays(2));

        test(dialog.date).setValue(TestClock.TODAY.plusDays(5));
        test(dialog.time).setValue(LocalTime.of(10, 30));
        test($(Button.class).id("reschedule-save")).click();
        var moved = negotiations.detail(id).orElseThrow();
        assertThat(moved.plannedDate()).isEqualTo(TestClock.TODAY.plusDays(5));
        assertThat(moved.plannedTime()).isEqualTo(LocalTime.of(10, 30));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("10:30");
    }

    @Test
    void 日時を変更IsRefusedWhenSomeoneElseSavedTheRecordMeanwhile() {
        long id = plannedInTwoDays();
        var dialog = openReschedule(id);

        var other = negotiations.detail(id).orElseThrow().toDraft();
        other.setRemarks("先に保存");
        negotiations.update(id, 0, other);

        test(dialog.date).setValue(TestClock.TODAY.plusDays(9));
        test($(Button.class).id("reschedule-save")).click();
        assertThat(negotiations.detail(id).orElseThrow().plannedDate()).isEqualTo(TestClock.TODAY.plusDays(2));
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void aDoneVisitOffersNo日時を変更() {
        var draft = negotiations.newDraft(customerId);
        draft.setDoneDate(TestClock.TODAY);
        long id = negotiations.create(draft);
        UI.getCurrent().navigate(NegotiationDetailView.class, id);
        assertThat($(Button.class).withText("日時を変更").all()).isEmpty();
    }
}
