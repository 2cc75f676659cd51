package app.kiroku.negotiation;

import app.kiroku.customer.CustomerDerivedColumns;
import app.kiroku.customer.CustomerIdentity;
import app.kiroku.customer.CustomerService;
import app.kiroku.master.MasterDataService;
import app.kiroku.master.MasterNames;
import app.kiroku.shared.audit.AuditLog;
import app.kiroku.shared.importing.Duplicates;
import app.kiroku.shared.importing.FileMemory;
import app.kiroku.shared.importing.ImportField;
import app.kiroku.shared.importing.ImportSettings;
import app.kiroku.shared.importing.ImportTarget;
import app.kiroku.shared.importing.PreparedBatch;
import app.kiroku.shared.importing.RowOutcome;
import app.kiroku.shared.importing.RowResult;
import app.kiroku.shared.importing.TableRow;
import app.kiroku.shared.text.SearchText;
import app.kiroku.user.UserDirectory;
import app.kiroku.user.UserLookup;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * 商談記録 from a file: each row checked like the record form, its customer found by 顧客コード or by name and phone
 * number, then written a batch at a time in one statement, with 現進捗 and 次回接触予定日 of the batch's customers
 * and the audit entries in the same transaction (the calendar follows through its triggers). Kiroku's own records
 * export imports without a mapping. Imported records send no visit invitations: they are history brought in, and a
 * file of plans would otherwise fill the outbox at once.
 *
 * <p>A row repeats a stored record, or an earlier row, when it is for the same customer on the same day and at the
 * same time (to the minute, as the export writes it) with the same 商談対応者 and the same 内容／日報 (widths, case
 * and spaces aside). Such a row is skipped, or created anyway. There is no update: a record carries no number of its
 * own that a file could keep, and what makes two rows the same is nearly all a record says, so an update could
 * only write 進捗, ランク, 部署 and 備考 over whichever record happened to match, undoing what was changed in Kiroku
 * since; two visits that differ only there would become one.
 */
@Component
public class NegotiationImport implements ImportTarget {

    public static final String ID = "negotiation";
    public static final String MATCH_RECORD = "record";
    static final String CUSTOMER_CODE = "customerCode";
    static final String CUSTOMER_NAME = "customerName";
    static final String CUSTOMER_PHONE = "customerPhone";

    private static final List<ImportField> FIELDS = List.of(
            ImportField.optional(CUSTOMER_CODE, "customer.code", "顧客コード", "コード", "顧客番号", "顧客ID"),
            ImportField.optional(CUSTOMER_NAME, "customer.name", "顧客名", "会社名", "氏名", "お客様名", "顧客"),
            ImportField.optional(CUSTOMER_PHONE, "customer.phone", "顧客電話", "電話", "TEL", "電話番号", "顧客電話番号", "携帯", "携帯番号"),
            ImportField.optional("date", "negotiation.date", "日付", "訪問日", "商談日"),
            ImportField.optional("time", "negotiation.time", "時刻", "時間", "訪問時刻"),
            ImportField.optional("state", "negotiation.state", "状態", "ステータス"),
            ImportField.optional("plannedDate", "negotiation.plannedDate", "予定日", "訪問予定日"),
            ImportField.optional("plannedTime", "negotiation.plannedTime", "予定時刻", "予定時間"),
            ImportField.optional("doneDate", "negotiation.doneDate", "対応日", "実施日"),
            ImportField.optional("doneTime", "negotiation.doneTime", "対応時刻", "対応時間", "実施時刻"),
            ImportField.required("handler", "negotiation.handler", "商談対応者", "対応者", "担当者", "担当", "営業担当"),
            ImportField.optional("progress", "negotiation.progress", "進捗", "進捗状況"),
            ImportField.optional("rank", "negotiation.rank", "顧客ランク", "ランク"),
            ImportField.optional("department", "negotiation.department", "担当部署", "部署"),
            ImportField.optional("report", "negotiation.report", "内容／日報", "内容", "日報", "商談内容"),
            ImportField.optional("remarks", "negotiation.remarks", "備考", "メモ"));

    private final NegotiationRepository negotiations;
    private final CustomerService customers;
    private final CustomerDerivedColumns customerColumns;
    private final UserDirectory users;
    private final MasterDataService masters;
    private final AuditLog audit;
    private final Clock clock;

    NegotiationImport(
            NegotiationRepository negotiations,
            CustomerService customers,
            CustomerDerivedColumns customerColumns,
            UserDirectory users,
            MasterDataService masters,
            AuditLog audit,
            Clock clock) {
        this.negotiations = negotiations;
        this.customers = customers;
        this.customerColumns = customerColumns;
        this.users = users;
        this.masters = masters;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String labelKey() {
        return "import.target.negotiation";
    }

    @Override
    public List<ImportField> fields() {
        return FIELDS;
    }

    @Override
    public List<MatchKey> matchKeys() {
        return List.of(new MatchKey(MATCH_RECORD, "import.match.record"));
    }

    /** Skip or create: see the class comment for why a record is never updated from a file. */
    @Override
    public List<Duplicates> duplicateChoices() {
        return List.of(Duplicates.SKIP, Duplicates.CREATE);
    }

    @Override
    public List<String> storedColumns() {
        return List.of(
                "customer.code",
                "customer.name",
                "negotiation.plannedDate",
                "negotiation.plannedTime",
                "negotiation.doneDate",
                "negotiation.doneTime",
                "negotiation.handler",
                "negotiation.progress",
                "negotiation.rank",
                "negotiation.department",
                "negotiation.report",
                "negotiation.remarks");
    }

    @Override
    public PreparedBatch prepare(List<TableRow> rows, ImportSettings settings, FileMemory memory) {
        var reader = new NegotiationImportRows(
                settings,
                new UserLookup(users.activeInHouseUsers(), users.activeInHouseIdsByLogin()),
                new NegotiationImportRows.Masters(
                        new MasterNames(masters.progressFlags()),
                        new MasterNames(masters.ranks()),
                        new MasterNames(masters.departments())),
                LocalDate.now(clock));
        Set<String> codes = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        for (TableRow row : rows) {
            String code = reader.cell(row, CUSTOMER_CODE);
            if (!code.isEmpty()) {
                codes.add(code);
            } else if (!reader.cell(row, CUSTOMER_NAME).isEmpty()) {
                names.add(reader.cell(row, CUSTOMER_NAME));
            }
        }
        var found = new ImportCustomers(customers.identities(codes, names));
        List<NegotiationImportRows.Parsed> parsed =
                rows.stream().map(row -> reader.parse(row, found)).toList();
        Set<String> stored = storedKeys(parsed);
        List<Decision> decisions = parsed.stream()
                .map(row -> decide(row, settings, stored, memory))
                .toList();
        return new Batch(decisions);
    }

    /** The keys of the records already stored for the batch's customers on the batch's days: one look-up. */
    private Set<String> storedKeys(List<NegotiationImportRows.Parsed> parsed) {
        Set<Long> customerIds = new HashSet<>();
        Set<LocalDate> dates = new HashSet<>();
        for (var row : parsed) {
            if (!row.refused()) {
                customerIds.add(row.draft().getCustomerId());
                dates.add(Objects.requireNonNull(row.draft().shownDate()));
            }
        }
        Set<String> keys = new HashSet<>();
        for (var record : negotiations.placed(customerIds, dates)) {
            keys.add(key(
                    record.customerId(), record.shownDate(), record.shownTime(), record.handlerId(), record.report()));
        }
        return keys;
    }

    private static Decision decide(
            NegotiationImportRows.Parsed row, ImportSettings settings, Set<String> stored, FileMemory memory) {
        if (row.refused()) {
            return new Decision(row, RowOutcome.REFUSED, 0);
        }
        NegotiationDraft draft = row.draft();
        String key = key(
                draft.getCustomerId(),
                Objects.requireNonNull(draft.shownDate()),
                draft.shownTime(),
                Objects.requireNonNull(draft.getHandlerId()),
                draft.getReport());
        int earlier = memory.seen(key, row.line());
        // UPDATE is not offered; were it asked for, a duplicate is left alone as with SKIP
        boolean skip = settings.duplicates() != Duplicates.CREATE;
        if (stored.contains(key)) {
            return new Decision(row, skip ? RowOutcome.SKIPPED : RowOutcome.CREATED, 0);
        }
        return new Decision(row, earlier > 0 && skip ? RowOutcome.SKIPPED : RowOutcome.CREATED, earlier);
    }

    private static String key(
            long customerId, LocalDate date, @Nullable LocalTime time, long handlerId, @Nullable String report) {
        return customerId + "|" + date + "|" + (time == null ? "" : time.truncatedTo(ChronoUnit.MINUTES)) + "|"
                + handlerId + "|" + SearchText.normalize(report);
    }

    private record Decision(NegotiationImportRows.Parsed row, RowOutcome outcome, int sameAsLine) {}

    private final class Batch implements PreparedBatch {

        private final List<Decision> decisions;

        Batch(List<Decision> decisions) {
            this.decisions = decisions;
        }

        @Override
        public List<RowResult> rows() {
            return decisions.stream()
                    .map(d -> new RowResult(
                            d.row().line(),
                            d.outcome(),
                            d.row().problems(),
                            d.row().stored(),
                            d.sameAsLine()))
                    .toList();
        }

        @Override
        public void write(long userId, long importId) {
            List<NegotiationImportRows.Parsed> created = decisions.stream()
                    .filter(d -> d.outcome() == RowOutcome.CREATED)
                    .map(Decision::row)
                    .toList();
            List<Long> ids = negotiations.insertAll(
                    created.stream().map(NegotiationImportRows.Parsed::draft).toList(),
                    userId,
                    LocalDateTime.now(clock));
            Map<Long, String> audited = new LinkedHashMap<>();
            Set<Long> customerIds = new LinkedHashSet<>();
            for (int i = 0; i < ids.size(); i++) {
                var row = created.get(i);
                CustomerIdentity customer = Objects.requireNonNull(row.customer());
                customerIds.add(customer.id());
                audited.put(
                        ids.get(i),
                        customer.name() + " / " + NegotiationService.describe(row.draft()) + " (import " + importId
                                + ")");
            }
            customerColumns.refresh(customerIds);
            audit.recordAll(userId, "IMPORT", "negotiation", audited);
        }
    }
}
