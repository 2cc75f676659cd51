package app.kiroku.negotiation.ui;

import app.kiroku.negotiation.NegotiationDetail;
import app.kiroku.negotiation.NegotiationService;
import app.kiroku.shared.data.ConcurrentEditException;
import app.kiroku.shared.ui.Dialogs;
import app.kiroku.shared.ui.Formats;
import app.kiroku.shared.ui.KeyShortcuts;
import app.kiroku.shared.ui.Pickers;
import app.kiroku.shared.validation.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.function.SerializableRunnable;

/**
 * 「日時を変更」: moves a planned visit to another day and time without dragging it in the calendar, so that the
 * keyboard and a screen reader can do what the mouse does. The same rules as a move in the calendar apply.
 */
class RescheduleDialog extends Dialog {

    final DatePicker date = Pickers.date("");
    final TimePicker time = Pickers.time("");

    RescheduleDialog(NegotiationService negotiations, NegotiationDetail record, SerializableRunnable moved) {
        setHeaderTitle(getTranslation("negotiation.reschedule.title"));
        setId("reschedule-dialog");
        date.setLabel(getTranslation("negotiation.plannedDate"));
        date.setId("reschedule-date");
        date.setRequiredIndicatorVisible(true);
        date.setValue(record.plannedDate());
        time.setLabel(getTranslation("negotiation.plannedTime"));
        time.setId("reschedule-time");
        time.setValue(record.plannedTime());
        add(date, time);

        var cancel = new Button(getTranslation("form.cancel"), e -> close());
        var save = new Button(getTranslation("negotiation.reschedule.save"), e -> save(negotiations, record, moved));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("reschedule-save");
        // Enter in a field saves; on the focused button Enter is the button's own click
        KeyShortcuts.enterClicks(save, date);
        KeyShortcuts.enterClicks(save, time);
        getFooter().add(cancel, save);
    }

    private void save(NegotiationService negotiations, NegotiationDetail record, SerializableRunnable moved) {
        if (date.getValue() == null) {
            date.setInvalid(true);
            date.setErrorMessage(getTranslation("negotiation.reschedule.dateRequired"));
            return;
        }
        try {
            negotiations.reschedule(record.id(), record.version(), date.getValue(), time.getValue());
            close();
            String when = Formats.date(date.getValue(), getLocale())
                    + (time.getValue() == null ? "" : " " + Formats.time(time.getValue()));
            Dialogs.saved(getTranslation("schedule.move.done", when));
            moved.run();
        } catch (ConcurrentEditException conflict) {
            Dialogs.error(getTranslation(
                    "schedule.move.conflict",
                    conflict.editorName(),
                    Formats.dateTime(conflict.editedAt(), getLocale())));
        } catch (InvalidInputException invalid) {
            date.setInvalid(true);
            date.setErrorMessage(getTranslation(
                    invalid.messageKeysByField().values().iterator().next()));
        }
    }
}
