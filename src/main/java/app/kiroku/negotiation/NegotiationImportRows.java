package app.kiroku.negotiation;

import static app.kiroku.negotiation.NegotiationImport.CUSTOMER_CODE;
import static app.kiroku.negotiation.NegotiationImport.CUSTOMER_NAME;
import static app.kiroku.negotiation.NegotiationImport.CUSTOMER_PHONE;

import app.kiroku.customer.CustomerIdentity;
import app.kiroku.master.MasterItem;
import app.kiroku.master.MasterNames;
import app.kiroku.shared.i18n.KirokuI18nProvider;
import app.kiroku.shared.importing.ImportSettings;
import app.kiroku.shared.importing.RowProblem;
import app.kiroku.shared.importing.TableRow;
import app.kiroku.shared.text.CsvWriter;
import app.kiroku.shared.text.JapaneseDates;
import app.kiroku.shared.text.SearchText;
import app.kiroku.user.UserLookup;
import app.kiroku.user.UserRef;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Turns a file's row into a record as the record form would store it, with the form's checks: the customer found
 * by {@link ImportCustomers}, 商談対応者 by login id or name, 進捗, 顧客ランク and 担当部署 by name, dates and times in
 * the forms {@link JapaneseDates} reads. Kiroku's own export writes one 日付 and 時刻 with a 状態: for 対応済 they are
 * the 対応日 and 対応時刻, for 予定 the 予定日 and 予定時刻. As in the form, the rank defaults to the customer's and
 * the department to the handler's.
 */
final class NegotiationImportRows {

    /** One row read: the record as stored, its customer, its values as the preview shows them, what is wrong. */
    record Parsed(
            int line,
            NegotiationDraft draft,
            @Nullable CustomerIdentity customer,
            List<@Nullable String> stored,
            List<RowProblem> problems) {

        boolean refused() {
            return !problems.isEmpty();
        }
    }

    /** The masters a batch reads names against. */
    record Masters(MasterNames progress, MasterNames ranks, MasterNames departments) {}

    private final ImportSettings settings;
    private final UserLookup users;
    private final Masters masters;
    private final LocalDate today;
    private final Set<String> doneStates = new HashSet<>();
    private final Set<String> plannedStates = new HashSet<>();

    NegotiationImportRows(ImportSettings settings, UserLookup users, Masters masters, LocalDate today) {
        this.settings = settings;
        this.users = users;
        this.masters = masters;
        this.today = today;
        for (var locale : List.of(KirokuI18nProvider.JAPANESE, KirokuI18nProvider.ENGLISH)) {
            var texts = KirokuI18nProvider.bundle(locale);
            doneStates.add(SearchText.normalize(texts.getString("negotiation.state.done")));
            plannedStates.add(SearchText.normalize(texts.getString("negotiation.state.planned")));
        }
    }

    /** The row's cell for a field, with the apostrophe Kiroku's export puts before formula-like text taken off. */
    String cell(TableRow row, String field) {
        return CsvWriter.unguarded(row.cell(settings.mapping().column(field)));
    }

    Parsed parse(TableRow row, ImportCustomers customers) {
        List<RowProblem> problems = new ArrayList<>();
        var draft = new NegotiationDraft();
        var found = customers.find(cell(row, CUSTOMER_CODE), cell(row, CUSTOMER_NAME), cell(row, CUSTOMER_PHONE));
        CustomerIdentity customer = found.customer();
        if (customer == null) {
            problems.add(
                    RowProblem.of(row.line(), settings.header(found.field()), found.messageKey(), found.argument()));
        } else {
            draft.setCustomerId(customer.id());
        }
        dates(row, draft, problems);
        UserRef handler = handler(row, draft, problems);
        MasterItem progress = master(row, "progress", masters.progress(), "import.error.progress", problems);
        MasterItem rank = master(row, "rank", masters.ranks(), "import.error.rank", problems);
        MasterItem department = master(row, "department", masters.departments(), "import.error.department", problems);
        if (rank == null && cell(row, "rank").isEmpty() && customer != null && customer.rankId() != null) {
            rank = masters.ranks().active(customer.rankId()).orElse(null);
        }
        if (department == null
                && cell(row, "department").isEmpty()
                && handler != null
                && handler.departmentId() != null) {
            department = masters.departments().active(handler.departmentId()).orElse(null);
        }
        draft.setProgressId(id(progress));
        draft.setRankId(id(rank));
        draft.setDepartmentId(id(department));
        draft.setReport(blankToNull(cell(row, "report")));
        draft.setRemarks(blankToNull(cell(row, "remarks")));
        check(row, problems, dateField(), NegotiationRules.checkDates(draft));
        check(row, problems, "report", NegotiationRules.checkReport(draft.getReport()));
        check(row, problems, "remarks", NegotiationRules.checkRemarks(draft.getRemarks()));
        List<@Nullable String> stored = Arrays.asList(
                customer == null ? cell(row, CUSTOMER_CODE) : customer.code(),
                customer == null ? cell(row, CUSTOMER_NAME) : customer.name(),
                format(draft.getPlannedDate(), NegotiationService.CSV_DATE),
                format(draft.getPlannedTime(), NegotiationService.CSV_TIME),
                format(draft.getDoneDate(), NegotiationService.CSV_DATE),
                format(draft.getDoneTime(), NegotiationService.CSV_TIME),
                handler == null ? cell(row, "handler") : handler.name(),
                name(progress, row, "progress"),
                name(rank, row, "rank"),
                name(department, row, "department"),
                draft.getReport(),
                draft.getRemarks());
        return new Parsed(row.line(), draft, customer, stored, problems);
    }

    /**
     * 予定日 / 予定時刻 and 対応日 / 対応時刻 from their own columns, and 日付 / 時刻 into the pair its 状態 names. Without a
     * 状態, a 日付 before today is taken as done and any other as planned.
     */
    private void dates(TableRow row, NegotiationDraft draft, List<RowProblem> problems) {
        draft.setPlannedDate(date(row, "plannedDate", problems));
        draft.setPlannedTime(time(row, "plannedTime", problems));
        draft.setDoneDate(date(row, "doneDate", problems));
        draft.setDoneTime(time(row, "doneTime", problems));
        LocalDate date = date(row, "date", problems);
        LocalTime time = time(row, "time", problems);
        Boolean done = date == null ? null : done(row, date, problems);
        if (date == null && time != null) {
            check(row, problems, "time", "negotiation.error.timeNeedsDate");
        } else if (Boolean.TRUE.equals(done) && draft.getDoneDate() == null) {
            draft.setDoneDate(date);
            draft.setDoneTime(time != null ? time : draft.getDoneTime());
        } else if (Boolean.FALSE.equals(done) && draft.getPlannedDate() == null) {
            draft.setPlannedDate(date);
            draft.setPlannedTime(time != null ? time : draft.getPlannedTime());
        }
        check(row, problems, "plannedTime", NegotiationRules.checkPlannedTime(draft));
        check(row, problems, "doneTime", NegotiationRules.checkDoneTime(draft));
    }

    /** Whether the 状態 says done; null (with a problem) for a 状態 that is neither. */
    private @Nullable Boolean done(TableRow row, LocalDate date, List<RowProblem> problems) {
        String state = SearchText.normalize(cell(row, "state"));
        if (state.isEmpty()) {
            return date.isBefore(today);
        }
        if (doneStates.contains(state) || plannedStates.contains(state)) {
            return doneStates.contains(state);
        }
        problems.add(RowProblem.of(row.line(), settings.header("state"), "import.error.state", cell(row, "state")));
        return null;
    }

    private @Nullable LocalDate date(TableRow row, String field, List<RowProblem> problems) {
        return read(row, field, JapaneseDates::parseDate, "import.error.date", problems);
    }

    private @Nullable LocalTime time(TableRow row, String field, List<RowProblem> problems) {
        return read(row, field, JapaneseDates::parseTime, "import.error.time", problems);
    }

    private <T> @Nullable T read(
            TableRow row,
            String field,
            Function<String, Optional<T>> parser,
            String problem,
            List<RowProblem> problems) {
        String text = cell(row, field);
        if (text.isEmpty()) {
            return null;
        }
        Optional<T> value = parser.apply(text);
        if (value.isEmpty()) {
            problems.add(RowProblem.of(row.line(), settings.header(field), problem, text));
        }
        return value.orElse(null);
    }

    private @Nullable UserRef handler(TableRow row, NegotiationDraft draft, List<RowProblem> problems) {
        String given = cell(row, "handler");
        if (given.isEmpty()) {
            check(row, problems, "handler", NegotiationRules.checkHandler(null));
            return null;
        }
        UserLookup.Found found = users.find(given);
        UserRef user = found.user();
        if (user == null) {
            problems.add(RowProblem.of(
                    row.line(),
                    settings.header("handler"),
                    found.ambiguous() ? "import.error.handlerAmbiguous" : "import.error.handler",
                    given));
            return null;
        }
        draft.setHandlerId(user.id());
        return user;
    }

    private @Nullable MasterItem master(
            TableRow row, String field, MasterNames names, String problem, List<RowProblem> problems) {
        String given = cell(row, field);
        if (given.isEmpty()) {
            return null;
        }
        MasterItem item = names.active(given).orElse(null);
        if (item == null) {
            problems.add(RowProblem.of(row.line(), settings.header(field), problem, given));
        }
        return item;
    }

    /** The column a missing date is reported at: the first of 日付, 予定日 and 対応日 the file has. */
    private String dateField() {
        return List.of("date", "plannedDate", "doneDate").stream()
                .filter(settings.mapping()::has)
                .findFirst()
                .orElse("date");
    }

    private void check(TableRow row, List<RowProblem> problems, String field, String messageKey) {
        if (!messageKey.isEmpty()) {
            problems.add(RowProblem.of(row.line(), settings.header(field), messageKey));
        }
    }

    private static @Nullable Long id(@Nullable MasterItem item) {
        return item == null ? null : item.id();
    }

    private @Nullable String name(@Nullable MasterItem item, TableRow row, String field) {
        return item != null ? item.name() : blankToNull(cell(row, field));
    }

    private static @Nullable String format(@Nullable TemporalAccessor value, DateTimeFormatter format) {
        return value == null ? null : format.format(value);
    }

    private static @Nullable String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
