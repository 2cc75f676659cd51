package app.kiroku.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** Date and time pickers that speak the user's language: 2026/11/26, 日〜土, weeks from Sunday. */
public final class Pickers {

    private Pickers() {}

    public static DatePicker date(String label) {
        var picker = new DatePicker(label);
        UI ui = UI.getCurrent();
        picker.setLocale(Locale.JAPANESE.getLanguage().equals(ui.getLocale().getLanguage()) ? Locale.JAPAN : Locale.UK);
        var i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormat("yyyy/MM/dd");
        i18n.setFirstDayOfWeek(0);
        i18n.setMonthNames(list(ui, "picker.months"));
        i18n.setWeekdays(list(ui, "picker.weekdays"));
        i18n.setWeekdaysShort(list(ui, "picker.weekdaysShort"));
        i18n.setToday(ui.getTranslation("picker.today"));
        i18n.setCancel(ui.getTranslation("picker.cancel"));
        picker.setI18n(i18n);
        picker.setClearButtonVisible(true);
        return picker;
    }

    public static TimePicker time(String label) {
        var picker = new TimePicker(label);
        picker.setStep(Duration.ofMinutes(15));
        picker.setLocale(Locale.JAPAN);
        picker.setClearButtonVisible(true);
        return picker;
    }

    private static List<String> list(UI ui, String key) {
        return List.of(ui.getTranslation(key).split(","));
    }
}
