package app.kiroku.negotiation.ui;

import app.kiroku.master.MasterItem;
import app.kiroku.negotiation.NegotiationDraft;
import app.kiroku.negotiation.NegotiationRules;
import app.kiroku.shared.ui.Pickers;
import app.kiroku.shared.ui.Rules;
import app.kiroku.user.UserRef;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a negotiation record, bound to a draft. Choice lists hold the active master values plus whatever
 * the record already has, so a retired value still shows on an old record but is never offered for a new one.
 */
class NegotiationFields extends FormLayout {

    final DatePicker plannedDate = Pickers.date(getTranslation("negotiation.plannedDate"));
    final TimePicker plannedTime = Pickers.time(getTranslation("negotiation.plannedTime"));
    final DatePicker doneDate = Pickers.date(getTranslation("negotiation.doneDate"));
    final TimePicker doneTime = Pickers.time(getTranslation("negotiation.doneTime"));
    final ComboBox<UserRef> handler = new ComboBox<>(getTranslation("negotiation.handler"));
    final ComboBox<MasterItem> progress = new ComboBox<>(getTranslation("negotiation.progress"));
    final ComboBox<MasterItem> rank = new ComboBox<>(getTranslation("negotiation.rank"));
    final ComboBox<MasterItem> department = new ComboBox<>(getTranslation("negotiation.department"));
    final TextArea report = new TextArea(getTranslation("negotiation.report"));
    final TextArea remarks = new TextArea(getTranslation("negotiation.remarks"));
    private final Binder<NegotiationDraft> binder = new Binder<>();
    private List<UserRef> handlers = List.of();
    private List<MasterItem> progressItems = List.of();
    private List<MasterItem> rankItems = List.of();
    private List<MasterItem> departmentItems = List.of();

    NegotiationFields() {
        setId("negotiation-form-fields");
        plannedDate.setId("field-planned-date");
        plannedTime.setId("field-planned-time");
        doneDate.setId("field-done-date");
        doneTime.setId("field-done-time");
        handler.setId("field-handler");
        progress.setId("field-progress");
        rank.setId("field-rank");
        department.setId("field-department");
        report.setId("field-report");
        remarks.setId("field-remarks");
        handler.setItemLabelGenerator(UserRef::name);
        handler.setRequiredIndicatorVisible(true);
        for (ComboBox<MasterItem> master : List.of(progress, rank, department)) {
            master.setItemLabelGenerator(MasterItem::name);
            master.setClearButtonVisible(true);
        }
        report.setMaxLength(NegotiationRules.REPORT_MAX);
        report.setMinHeight("9rem");
        remarks.setMaxLength(NegotiationRules.REMARKS_MAX);
        plannedDate.setHelperText(getTranslation("negotiation.dates.helper"));

        add(plannedDate, plannedTime, doneDate, doneTime, handler, progress, rank, department, report, remarks);
        // one column up to a tablet in portrait, where a thumb works down the form; four on a desk
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("900px", 4));
        setColspan(handler, 2);
        setColspan(progress, 2);
        setColspan(rank, 2);
        setColspan(department, 2);
        setColspan(report, 4);
        setColspan(remarks, 4);

        binder.forField(plannedDate).bind(NegotiationDraft::getPlannedDate, NegotiationDraft::setPlannedDate);
        binder.forField(plannedTime).bind(NegotiationDraft::getPlannedTime, NegotiationDraft::setPlannedTime);
        binder.forField(doneDate).bind(NegotiationDraft::getDoneDate, NegotiationDraft::setDoneDate);
        binder.forField(doneTime).bind(NegotiationDraft::getDoneTime, NegotiationDraft::setDoneTime);
        binder.forField(handler)
                .withValidator(Rules.of(h -> NegotiationRules.checkHandler(h == null ? null : h.id())))
                .bind(d -> find(handlers, d.getHandlerId()), (d, h) -> d.setHandlerId(h == null ? null : h.id()));
        binder.forField(progress)
                .bind(
                        d -> master(progressItems, d.getProgressId()),
                        (d, v) -> d.setProgressId(v == null ? null : v.id()));
        binder.forField(rank)
                .bind(d -> master(rankItems, d.getRankId()), (d, v) -> d.setRankId(v == null ? null : v.id()));
        binder.forField(department)
                .bind(
                        d -> master(departmentItems, d.getDepartmentId()),
                        (d, v) -> d.setDepartmentId(v == null ? null : v.id()));
        binder.forField(report)
                .withValidator(Rules.of(NegotiationRules::checkReport))
                .bind(NegotiationDraft::getReport, NegotiationDraft::setReport);
        binder.forField(remarks)
                .withValidator(Rules.of(NegotiationRules::checkRemarks))
                .bind(NegotiationDraft::getRemarks, NegotiationDraft::setRemarks);
    }

    /** Shows {@code draft}; the lists offer active values plus the ones the record already holds. */
    void show(
            NegotiationDraft draft,
            List<UserRef> activeHandlers,
            @Nullable UserRef currentHandler,
            List<MasterItem> allProgress,
            List<MasterItem> allRanks,
            List<MasterItem> allDepartments) {
        handlers = currentHandler == null || activeHandlers.stream().anyMatch(u -> u.id() == currentHandler.id())
                ? activeHandlers
                : append(activeHandlers, currentHandler);
        progressItems = offered(allProgress, draft.getProgressId());
        rankItems = offered(allRanks, draft.getRankId());
        departmentItems = offered(allDepartments, draft.getDepartmentId());
        handler.setItems(handlers);
        progress.setItems(progressItems);
        rank.setItems(rankItems);
        department.setItems(departmentItems);
        binder.readBean(draft);
    }

    /** The typed values if every field is valid (messages shown at the fields otherwise). */
    @Nullable
    NegotiationDraft read(long customerId) {
        var draft = new NegotiationDraft();
        draft.setCustomerId(customerId);
        if (!binder.writeBeanIfValid(draft)) {
            return null;
        }
        String dates = NegotiationRules.checkDates(draft);
        String plannedTimeError = NegotiationRules.checkPlannedTime(draft);
        String doneTimeError = NegotiationRules.checkDoneTime(draft);
        mark(plannedDate, dates);
        mark(doneDate, dates);
        mark(plannedTime, plannedTimeError);
        mark(doneTime, doneTimeError);
        return dates.isEmpty() && plannedTimeError.isEmpty() && doneTimeError.isEmpty() ? draft : null;
    }

    /** What the fields show now, keyed by their label's translation key, for comparing with a saved version. */
    Map<String, String> shown() {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put("negotiation.plannedDate", dateTime(plannedDate.getValue(), plannedTime.getValue(), getLocale()));
        values.put("negotiation.doneDate", dateTime(doneDate.getValue(), doneTime.getValue(), getLocale()));
        values.put(
                "negotiation.handler",
                handler.getValue() == null ? "" : handler.getValue().name());
        values.put(
                "negotiation.progress",
                progress.getValue() == null ? "" : progress.getValue().name());
        values.put(
                "negotiation.rank",
                rank.getValue() == null ? "" : rank.getValue().name());
        values.put(
                "negotiation.department",
                department.getValue() == null ? "" : department.getValue().name());
        values.put("negotiation.report", report.getValue());
        values.put("negotiation.remarks", remarks.getValue());
        return values;
    }

    static String dateTime(
            java.time.@Nullable LocalDate date, java.time.@Nullable LocalTime time, java.util.Locale locale) {
        return (app.kiroku.shared.ui.Formats.date(date, locale) + " " + app.kiroku.shared.ui.Formats.time(time))
                .strip();
    }

    /** Puts the one-tap next-visit dates below 予定時刻, across the form. */
    void offerQuickPlanDates(QuickPlanDates quickDates) {
        addComponentAtIndex(2, quickDates);
        setColspan(quickDates, 4);
    }

    boolean hasChanges() {
        return binder.hasChanges();
    }

    void markSaved(NegotiationDraft draft) {
        binder.readBean(draft);
    }

    /** Messages from the service, at their fields. */
    void showErrors(Map<String, String> keysByField) {
        Map<String, HasValidation> fields = Map.of(
                "dates",
                plannedDate,
                "plannedTime",
                plannedTime,
                "doneTime",
                doneTime,
                "handler",
                handler,
                "progress",
                progress,
                "rank",
                rank,
                "department",
                department,
                "report",
                report,
                "remarks",
                remarks);
        keysByField.forEach((field, key) -> {
            HasValidation component = fields.getOrDefault(field, plannedDate);
            mark(component, key);
            if ("dates".equals(field)) {
                mark(doneDate, key);
            }
        });
    }

    private void mark(HasValidation field, String key) {
        field.setErrorMessage(key.isEmpty() ? null : getTranslation(key));
        field.setInvalid(!key.isEmpty());
    }

    private static List<MasterItem> offered(List<MasterItem> all, @Nullable Long current) {
        return all.stream()
                .filter(item -> item.active() || Objects.equals(item.id(), current))
                .toList();
    }

    private static <T> List<T> append(List<T> list, T item) {
        var copy = new java.util.ArrayList<>(list);
        copy.add(item);
        return copy;
    }

    private static @Nullable UserRef find(List<UserRef> users, @Nullable Long id) {
        return users.stream()
                .filter(u -> Objects.equals(u.id(), id))
                .findFirst()
                .orElse(null);
    }

    private static @Nullable MasterItem master(List<MasterItem> items, @Nullable Long id) {
        return items.stream()
                .filter(i -> Objects.equals(i.id(), id))
                .findFirst()
                .orElse(null);
    }
}
