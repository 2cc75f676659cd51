package app.kiroku.schedule.ui;

import app.kiroku.schedule.EntryDraft;
import app.kiroku.schedule.ScheduleEntryService;
import app.kiroku.shared.data.ConcurrentEditException;
import app.kiroku.shared.ui.Dialogs;
import app.kiroku.shared.ui.Pickers;
import app.kiroku.shared.validation.InvalidInputException;
import app.kiroku.user.UserRef;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.function.SerializableRunnable;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** 予定登録 and editing a plain entry: title, start/end or 終日, place, memo, participants. */
class EntryDialog extends Dialog {

    final TextField title = new TextField();
    final Checkbox allDay = new Checkbox();
    final DatePicker startDate = Pickers.date(getTranslation("schedule.entry.start"));
    final TimePicker startTime = Pickers.time(getTranslation("schedule.entry.startTime"));
    final DatePicker endDate = Pickers.date(getTranslation("schedule.entry.end"));
    final TimePicker endTime = Pickers.time(getTranslation("schedule.entry.endTime"));
    final TextField place = new TextField();
    final TextArea memo = new TextArea();
    final MultiSelectComboBox<UserRef> participants = new MultiSelectComboBox<>();

    /**
     * @param entry  the stored entry, or null for a new one
     * @param people who can take part (empty for PARTNER users, who do not see the staff list)
     */
    EntryDialog(
            ScheduleEntryService entries,
            ScheduleEntryService.@Nullable Entry entry,
            EntryDraft values,
            List<UserRef> people,
            SerializableRunnable changed) {
        boolean editable = entry == null || entry.mine();
        setHeaderTitle(getTranslation(entry == null ? "schedule.entry.new" : "schedule.entry.edit"));
        setId("entry-dialog");
        setWidth("min(40rem, 96vw)");
        title.setLabel(getTranslation("schedule.entry.title"));
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(100);
        title.setId("entry-title");
        allDay.setLabel(getTranslation("home.allDay"));
        allDay.setId("entry-all-day");
        allDay.addValueChangeListener(e -> {
            startTime.setVisible(!e.getValue());
            endTime.setVisible(!e.getValue());
        });
        place.setLabel(getTranslation("schedule.entry.place"));
        place.setMaxLength(ScheduleEntryService.PLACE_MAX);
        memo.setLabel(getTranslation("schedule.entry.memo"));
        memo.setMaxLength(ScheduleEntryService.MEMO_MAX);
        participants.setLabel(getTranslation("schedule.entry.participants"));
        participants.setItems(people);
        participants.setItemLabelGenerator(UserRef::name);
        participants.setVisible(!people.isEmpty());
        var form = new FormLayout(title, allDay, startDate, startTime, endDate, endTime, place, memo, participants);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2));
        form.setColspan(title, 2);
        form.setColspan(allDay, 2);
        form.setColspan(place, 2);
        form.setColspan(memo, 2);
        form.setColspan(participants, 2);
        add(form);

        title.setValue(values.getTitle());
        allDay.setValue(values.isAllDay());
        if (values.getStartsAt() != null) {
            startDate.setValue(values.getStartsAt().toLocalDate());
            startTime.setValue(values.isAllDay() ? null : values.getStartsAt().toLocalTime());
        }
        if (values.getEndsAt() != null) {
            // all-day entries are stored with an exclusive end; the form shows their last day
            var end = values.isAllDay() ? values.getEndsAt().minusDays(1) : values.getEndsAt();
            endDate.setValue(end.toLocalDate());
            endTime.setValue(values.isAllDay() ? null : end.toLocalTime());
        }
        place.setValue(values.getPlace() == null ? "" : values.getPlace());
        memo.setValue(values.getMemo() == null ? "" : values.getMemo());
        participants.setValue(people.stream()
                .filter(p -> values.getParticipantIds().contains(p.id()))
                .collect(Collectors.toSet()));
        form.getChildren().forEach(c -> c.getElement().setEnabled(editable));

        var close = new Button(getTranslation(editable ? "form.cancel" : "common.close"), e -> close());
        if (entry != null && entry.mine()) {
            var delete = new Button(getTranslation("schedule.entry.delete"), e -> {
                try {
                    entries.delete(entry.id(), entry.version());
                    close();
                    changed.run();
                } catch (ConcurrentEditException conflict) {
                    Dialogs.error(getTranslation("schedule.error.changed"));
                }
            });
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            delete.setId("entry-delete");
            var spacer = new Span();
            spacer.addClassName("kiroku-spacer");
            getFooter().add(delete, spacer);
        }
        getFooter().add(close);
        if (editable) {
            var save = new Button(getTranslation("common.saveShort"), e -> save(entries, entry, changed));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("entry-save");
            getFooter().add(save);
        }
    }

    private void save(
            ScheduleEntryService entries, ScheduleEntryService.@Nullable Entry entry, SerializableRunnable changed) {
        var draft = new EntryDraft();
        draft.setTitle(title.getValue());
        draft.setAllDay(allDay.getValue());
        draft.setStartsAt(at(startDate.getValue(), startTime.getValue()));
        draft.setEndsAt(endDate.getValue() == null ? null : at(endDate.getValue(), endTime.getValue()));
        draft.setPlace(place.getValue().isBlank() ? null : place.getValue());
        draft.setMemo(memo.getValue().isBlank() ? null : memo.getValue());
        draft.setParticipantIds(
                participants.getValue().stream().map(UserRef::id).collect(Collectors.toSet()));
        try {
            if (entry == null) {
                entries.create(draft);
            } else {
                entries.update(entry.id(), entry.version(), draft);
            }
            close();
            Dialogs.saved(getTranslation("schedule.entry.saved"));
            changed.run();
        } catch (InvalidInputException invalid) {
            Map<String, HasValidation> fields =
                    Map.of("title", title, "start", startDate, "end", endDate, "place", place, "memo", memo);
            invalid.messageKeysByField().forEach((field, key) -> {
                HasValidation component = fields.get(field);
                if (component != null) {
                    component.setErrorMessage(getTranslation(key));
                    component.setInvalid(true);
                }
            });
        } catch (ConcurrentEditException conflict) {
            Dialogs.error(getTranslation("schedule.error.changed"));
        }
    }

    private @Nullable LocalDateTime at(java.time.@Nullable LocalDate date, @Nullable LocalTime time) {
        if (date == null) {
            return null;
        }
        return allDay.getValue() || time == null ? date.atStartOfDay() : date.atTime(time);
    }
}
