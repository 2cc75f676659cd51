package app.kiroku.schedule.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.KirokuBrowserlessTest;
import app.kiroku.SignIn;
import app.kiroku.TestClock;
import app.kiroku.customer.ui.CustomerPickerDialog;
import app.kiroku.negotiation.NegotiationService;
import app.kiroku.negotiation.ui.NegotiationDetailView;
import app.kiroku.negotiation.ui.NegotiationFormView;
import app.kiroku.negotiation.ui.NewCustomerNegotiationView;
import app.kiroku.shared.calendar.CalendarDriver;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

@Transactional
class ScheduleViewTest extends KirokuBrowserlessTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    NegotiationService negotiations;

    @Test
    void theCalendarAsksOnlyForItsRangeAndShowsRecordsAndEntries() {
        SignIn.as(users, "staff1");
        var view = navigate(ScheduleView.class);
        String json = CalendarDriver.fetch(view.calendar, "2026-11-22", "2026-11-29");
        assertThat(json).contains("\"id\":\"n-").contains("\"start\":\"2026-11-26");
        assertThat(json).doesNotContain("\"start\":\"2026-12-");
    }

    @Test
    void partnersGetOnlyTheirOwnEntriesAndOnlyThe予定登録Choice() {
        SignIn.as(users, "partner1");
        var view = navigate(ScheduleView.class);
        String json = CalendarDriver.fetch(view.calendar, "2026-10-25", "2026-12-06");
        assertThat(json).doesNotContain("\"id\":\"n-").contains("\"id\":\"e-");

        CalendarDriver.clickDate(view.calendar, "2026-11-30T10:00:00", false);
        assertThat($(Button.class).withId("slot-entry").exists()).isTrue();
        assertThat($(Button.class).withId("slot-negotiation").exists()).isFalse();
    }

    @Test
    void aSlotClickOffers予定登録And商談登録ForANewCustomer() {
        SignIn.as(users, "staff1");
        var view = navigate(ScheduleView.class);
        CalendarDriver.clickDate(view.calendar, "2026-11-30T14:00:00", false);
        var menu = $(Dialog.class).id("slot-menu");
        assertThat(menu.getElement().getTextRecursively()).contains("予定登録").contains("商談登録");
        test($(Button.class).id("slot-negotiation")).click();
        test($(Button.class).id("slot-new-customer")).click();

        assertThat(getCurrentView()).isInstanceOf(NewCustomerNegotiationView.class);
        assertThat($(DatePicker.class).id("field-planned-date").getValue())
                .isEqualTo(java.time.LocalDate.of(2026, 11, 30));
        assertThat(UI.getCurrent()
                        .getActiveViewLocation()
                        .getQueryParameters()
                        .getParameters()
                        .get("at"))
                .containsExactly("2026-11-30T14:00");
        assertThat(getCurrentView().getElement().getTextRecursively())
                .contains("顧客情報")
                .contains("商談記録");
        test($(TextField.class).id("field-name")).setValue("予定 新規");
        test($(TextField.class).id("field-kana")).setValue("よてい しんき");
        test($(Button.class).id("combined-save")).click();
        assertThat(getCurrentView()).isInstanceOf(NegotiationDetailView.class);
        assertThat(getCurrentView().getElement().getTextRecursively())
                .contains("予定 新規")
                .contains("14:00");
    }

    @Test
    void anExistingCustomerIsPickedAndThePastSlotBecomesTheDoneDate() {
        SignIn.as(users, "staff1");
        var view = navigate(ScheduleView.class);
        CalendarDriver.clickDate(view.calendar, "2026-11-20T09:30:00", false);
        test($(Button.class).id("slot-negotiation")).click();
        test($(Button.class).id("slot-existing-customer")).click();

        var picker = $(CustomerPickerDialog.class).single();
        @SuppressWarnings("unchecked")
        var grid = (com.vaadin.flow.component.grid.Grid<app.kiroku.customer.CustomerListItem>)
                $(com.vaadin.flow.component.grid.Grid.class, picker).id("picker-grid");
        test(grid).select(0);
        test($(Button.class).id("picker-choose")).click();

        assertThat(getCurrentView()).isInstanceOf(NegotiationFormView.class);
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).endsWith("/negotiations/new");
        // 2026-11-20 09:30 lies before "now" (2026-11-26 10:00): it is a visit made, so it fills 対応日
        assertThat($(DatePicker.class).id("field-done-date").getValue())
                .isEqualTo(java.time.LocalDate.of(2026, 11, 20));
        assertThat($(TimePicker.class).id("field-done-time").getValue()).isEqualTo(LocalTime.of(9, 30));
        assertThat($(DatePicker.class).id("field-planned-date").getValue()).isNull();
    }

    @Test
    void draggingAPlannedVisitAsksFirstThenMovesIt() {
        SignIn.as(users, "staff1");
        long customer = 1;
        var draft = negotiations.newDraft(customer);
        draft.setPlannedDate(TestClock.TODAY.plusDays(3));
        long id = negotiations.create(draft);

        var view = navigate(ScheduleView.class);
        CalendarDriver.move(view.calendar, "n-" + id + "-0", "2026-12-02T11:00:00", false);
        var confirm = $(ConfirmDialog.class).id("move-dialog");
        assertThat(confirm.getElement().getProperty("message")).contains("2026/12/02 (水) 11:00");
        test(confirm).confirm();

        var moved = negotiations.detail(id).orElseThrow();
        assertThat(moved.plannedDate()).isEqualTo(java.time.LocalDate.of(2026, 12, 2));
        assertThat(moved.plannedTime()).isEqualTo(LocalTime.of(11, 0));
    }

    @Test
    void aDoneVisitIsMarkedInItsTitleAndAPlannedOneIsNot() {
        SignIn.as(users, "staff1");
        var done = negotiations.newDraft(1);
        done.setDoneDate(TestClock.TODAY.minusDays(1));
        long doneId = negotiations.create(done);
        var planned = negotiations.newDraft(1);
        planned.setPlannedDate(TestClock.TODAY.plusDays(1));
        long plannedId = negotiations.create(planned);

        var view = navigate(ScheduleView.class);
        String json = CalendarDriver.fetch(
                view.calendar,
                TestClock.TODAY.minusDays(3).toString(),
                TestClock.TODAY.plusDays(3).toString());
        assertThat(json).containsPattern("\\{\"id\":\"n-" + doneId + "-0\",\"title\":\"" + ScheduleView.DONE_MARK);
        assertThat(json).containsPattern("\\{\"id\":\"n-" + plannedId + "-0\",\"title\":\"[^✓]");
    }
}
