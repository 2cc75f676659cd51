package app.kiroku.customer;

import static app.kiroku.db.Tables.CUSTOMER;

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
import app.kiroku.shared.importing.RowProblem;
import app.kiroku.shared.importing.RowResult;
import app.kiroku.shared.importing.TableRow;
import app.kiroku.shared.text.SearchText;
import app.kiroku.user.UserDirectory;
import app.kiroku.user.UserLookup;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.jooq.Field;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Customers from a file: each row checked like the customer form, matched on normalised kana + phone number (or on
 * 顧客コード) against the database and the rows before it, then created or updated a batch at a time, with their
 * search keys and audit entries written in the same statements' transaction.
 */
@Component
public class CustomerImport implements ImportTarget {

    public static final String ID = "customer";
    public static final String MATCH_KANA_PHONE = "kanaPhone";
    public static final String MATCH_CODE = "code";

    private static final List<ImportField> FIELDS = List.of(
            ImportField.optional("code", "customer.code", "顧客コード", "コード", "顧客番号", "顧客ID", "code"),
            ImportField.required("name", "customer.name", "顧客名", "会社名", "氏名", "名前", "お客様名", "name"),
            ImportField.required("kana", "customer.kana", "フリガナ", "ふりがな", "カナ", "よみがな", "氏名カナ", "顧客名フリガナ", "kana"),
            ImportField.optional("phone", "customer.phone", "電話", "TEL", "電話番号", "固定電話", "phone"),
            ImportField.optional("mobile", "customer.mobile", "携帯", "携帯番号", "携帯電話番号", "mobile"),
            ImportField.optional("email", "customer.email", "メール", "E-mail", "mail", "email"),
            ImportField.optional("postalCode", "customer.postalCode", "〒", "郵便", "郵便番号", "zip"),
            ImportField.optional("address", "customer.address", "住所", "所在地", "address"),
            ImportField.optional("prefecture", "import.field.prefecture", "都道府県", "県"),
            ImportField.optional("city", "import.field.city", "市区町村", "市町村"),
            ImportField.optional("street", "import.field.street", "番地", "町名番地", "町域番地", "住所2"),
            ImportField.optional("building", "import.field.building", "建物名", "建物", "住所3"),
            ImportField.optional("assignees", "customer.assignees", "担当", "営業担当", "担当者名", "assignee"),
            ImportField.optional("rank", "customer.rank", "ランク", "rank"),
            ImportField.optional("memo", "customer.memo", "備考", "メモ", "memo", "note"));

    /** Which columns of the customer a file's field fills, for an update that leaves the rest alone. */
    private static final Map<String, List<Field<?>>> COLUMNS = Map.ofEntries(
            Map.entry("code", List.of(CUSTOMER.CODE)),
            Map.entry("name", List.of(CUSTOMER.NAME, CUSTOMER.NAME_NORM)),
            Map.entry("kana", List.of(CUSTOMER.KANA, CUSTOMER.KANA_NORM)),
            Map.entry("phone", List.of(CUSTOMER.PHONE, CUSTOMER.PHONE_DIGITS)),
            Map.entry("mobile", List.of(CUSTOMER.MOBILE, CUSTOMER.MOBILE_DIGITS)),
            Map.entry("email", List.of(CUSTOMER.EMAIL)),
            Map.entry("postalCode", List.of(CUSTOMER.POSTAL_CODE)),
            Map.entry("address", List.of(CUSTOMER.ADDRESS, CUSTOMER.ADDRESS_NORM)),
            Map.entry("prefecture", List.of(CUSTOMER.ADDRESS, CUSTOMER.ADDRESS_NORM)),
            Map.entry("city", List.of(CUSTOMER.ADDRESS, CUSTOMER.ADDRESS_NORM)),
            Map.entry("street", List.of(CUSTOMER.ADDRESS, CUSTOMER.ADDRESS_NORM)),
            Map.entry("building", List.of(CUSTOMER.ADDRESS, CUSTOMER.ADDRESS_NORM)),
            Map.entry("rank", List.of(CUSTOMER.RANK_ID)),
            Map.entry("memo", List.of(CUSTOMER.MEMO)));

    private final CustomerRepository customers;
    private final CustomerSearchKeys searchKeys;
    private final UserDirectory users;
    private final MasterDataService masters;
    private final PostalCodes postalCodes;
    private final AuditLog audit;
    private final Clock clock;

    CustomerImport(
            CustomerRepository customers,
            CustomerSearchKeys searchKeys,
            UserDirectory users,
            MasterDataService masters,
            PostalCodes postalCodes,
            AuditLog audit,
            Clock clock) {
        this.customers = customers;
        this.searchKeys = searchKeys;
        this.users = users;
        this.masters = masters;
        this.postalCodes = postalCodes;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String labelKey() {
        return "import.target.customer";
    }

    @Override
    public List<ImportField> fields() {
        return FIELDS;
    }

    @Override
    public List<MatchKey> matchKeys() {
        return List.of(
                new MatchKey(MATCH_KANA_PHONE, "import.match.kanaPhone"),
                new MatchKey(MATCH_CODE, "import.match.code"));
    }

    @Override
    public List<Duplicates> duplicateChoices() {
        return List.of(Duplicates.values());
    }

    @Override
    public List<String> storedColumns() {
        return List.of(
                "customer.code",
                "customer.name",
                "customer.kana",
                "customer.phone",
                "customer.mobile",
                "customer.email",
                "customer.postalCode",
                "customer.address",
                "customer.assignees",
                "customer.rank",
                "customer.memo");
    }

    @Override
    public PreparedBatch prepare(List<TableRow> rows, ImportSettings settings, FileMemory memory) {
        var reader = new CustomerImportRows(
                settings,
                new UserLookup(users.activeInHouseUsers(), users.activeInHouseIdsByLogin()),
                new MasterNames(masters.ranks()),
                postalCodes);
        List<CustomerImportRows.Parsed> parsed =
                rows.stream().map(reader::parse).toList();
        List<CustomerDraft> valid = parsed.stream()
                .filter(p -> !p.refused())
                .map(CustomerImportRows.Parsed::draft)
                .toList();
        var existing = new Existing(customers.importMatches(
                valid.stream().map(CustomerImport::kanaNorm).toList(),
                valid.stream()
                        .flatMap(d -> Stream.of(d.getPhone(), d.getMobile()))
                        .map(SearchText::digits)
                        .filter(d -> !d.isEmpty())
                        .toList(),
                valid.stream()
                        .map(CustomerDraft::getAddress)
                        .filter(Objects::nonNull)
                        .map(SearchText::normalize)
                        .toList(),
                parsed.stream()
                        .map(p -> p.draft().getCode())
                        .filter(Objects::nonNull)
                        .toList()));
        List<Decision> decisions = new ArrayList<>();
        for (var row : parsed) {
            decisions.add(decide(row, settings, existing, memory));
        }
        return new Batch(decisions, settings);
    }

    /** A row's fate: refused, a duplicate of a customer or of an earlier row, or new. */
    private Decision decide(
            CustomerImportRows.Parsed row, ImportSettings settings, Existing existing, FileMemory memory) {
        if (row.refused()) {
            return new Decision(row, RowOutcome.REFUSED, row.problems(), null, 0);
        }
        boolean byCode = settings.matchKey().equals(MATCH_CODE);
        List<String> keys = byCode ? codeKeys(row.draft()) : kanaPhoneKeys(row.draft());
        CustomerRepository.ImportMatch match =
                byCode ? existing.byCode(row.draft().getCode()) : existing.byKanaPhone(row.draft());
        int earlier = 0;
        for (String key : keys) {
            int seen = memory.seen(key, row.line());
            earlier = earlier == 0 ? seen : earlier;
        }
        RowOutcome outcome = match != null
                ? switch (settings.duplicates()) {
                    case SKIP -> RowOutcome.SKIPPED;
                    case UPDATE -> RowOutcome.UPDATED;
                    case CREATE -> RowOutcome.CREATED;
                }
                : earlier > 0 && settings.duplicates() != Duplicates.CREATE ? RowOutcome.SKIPPED : RowOutcome.CREATED;
        // a 顧客コード stays unique: a new customer may not take one in use, an update may not take another's
        String code = row.draft().getCode();
        if (code != null && outcome != RowOutcome.SKIPPED) {
            var holder = existing.byCode(code);
            boolean takenInDatabase = holder != null && (outcome == RowOutcome.CREATED || holder.id() != match.id());
            int firstWithCode = memory.seen("code:" + code, row.line());
            if (takenInDatabase || firstWithCode > 0) {
                return new Decision(
                        row,
                        RowOutcome.REFUSED,
                        List.of(RowProblem.of(row.line(), settings.header("code"), "import.error.codeTaken", code)),
                        null,
                        0);
            }
        }
        return new Decision(row, outcome, List.of(), match == null ? null : match.id(), match == null ? earlier : 0);
    }

    private static List<String> codeKeys(CustomerDraft draft) {
        return draft.getCode() == null ? List.of() : List.of("code=" + draft.getCode());
    }

    /** Normalised kana with each phone number; without a phone, with the address; without both, no key. */
    private static List<String> kanaPhoneKeys(CustomerDraft draft) {
        String kana = kanaNorm(draft);
        List<String> keys = new ArrayList<>();
        for (String phone : Arrays.asList(draft.getPhone(), draft.getMobile())) {
            String digits = SearchText.digits(phone);
            if (!digits.isEmpty()) {
                keys.add(kana + "|tel:" + digits);
            }
        }
        if (keys.isEmpty() && draft.getAddress() != null) {
            keys.add(kana + "|address:" + SearchText.normalize(draft.getAddress()));
        }
        return keys;
    }

    private static String kanaNorm(CustomerDraft draft) {
        return SearchText.normalize(draft.getKana());
    }

    private record Decision(
            CustomerImportRows.Parsed row,
            RowOutcome outcome,
            List<RowProblem> problems,
            @Nullable Long customerId,
            int sameAsLine) {}

    /** The batch's existing customers, by 顧客コード and by kana. */
    private static final class Existing {

        private final Map<String, CustomerRepository.ImportMatch> byCode = new HashMap<>();
        private final Map<String, List<CustomerRepository.ImportMatch>> byKana = new HashMap<>();

        Existing(List<CustomerRepository.ImportMatch> matches) {
            for (var match : matches) {
                if (match.code() != null) {
                    byCode.put(match.code(), match);
                }
                byKana.computeIfAbsent(match.kanaNorm(), k -> new ArrayList<>()).add(match);
            }
        }

        CustomerRepository.@Nullable ImportMatch byCode(@Nullable String code) {
            return code == null ? null : byCode.get(code);
        }

        /** Same kana and a phone number in common; a row without phones matches on the address instead. */
        CustomerRepository.@Nullable ImportMatch byKanaPhone(CustomerDraft draft) {
            Set<String> phones = new HashSet<>();
            for (String phone : Arrays.asList(draft.getPhone(), draft.getMobile())) {
                String digits = SearchText.digits(phone);
                if (!digits.isEmpty()) {
                    phones.add(digits);
                }
            }
            String address = draft.getAddress() == null ? null : SearchText.normalize(draft.getAddress());
            for (var match : byKana.getOrDefault(kanaNorm(draft), List.of())) {
                boolean samePhone = phones.contains(match.phoneDigits()) || phones.contains(match.mobileDigits());
                boolean sameAddress = phones.isEmpty() && address != null && address.equals(match.addressNorm());
                if (samePhone || sameAddress) {
                    return match;
                }
            }
            return null;
        }
    }

    private final class Batch implements PreparedBatch {

        private final List<Decision> decisions;
        private final ImportSettings settings;

        Batch(List<Decision> decisions, ImportSettings settings) {
            this.decisions = decisions;
            this.settings = settings;
        }

        @Override
        public List<RowResult> rows() {
            return decisions.stream()
                    .map(d -> new RowResult(d.row().line(), d.outcome(), d.problems(), stored(d.row()), d.sameAsLine()))
                    .toList();
        }

        private static List<@Nullable String> stored(CustomerImportRows.Parsed row) {
            CustomerDraft c = row.draft();
            return Arrays.asList(
                    c.getCode(),
                    c.getName(),
                    c.getKana(),
                    c.getPhone(),
                    c.getMobile(),
                    c.getEmail(),
                    c.getPostalCode(),
                    c.getAddress(),
                    String.join("、", row.assigneeNames()),
                    row.rankName(),
                    c.getMemo());
        }

        @Override
        public void write(long userId, long importId) {
            LocalDateTime now = LocalDateTime.now(clock);
            List<CustomerDraft> created = decisions.stream()
                    .filter(d -> d.outcome() == RowOutcome.CREATED)
                    .map(d -> d.row().draft())
                    .toList();
            List<Long> ids = customers.insertAll(created, userId, now);
            Map<Long, CustomerDraft> byId = new LinkedHashMap<>();
            Map<Long, String> audited = new LinkedHashMap<>();
            for (int i = 0; i < ids.size(); i++) {
                byId.put(ids.get(i), created.get(i));
                audited.put(ids.get(i), importDetail(importId, created.get(i)));
            }
            searchKeys.addAll(ids);
            customers.insertAssignees(byId);
            audit.recordAll(userId, "IMPORT", "customer", audited);
            Map<Long, String> updated = new LinkedHashMap<>();
            for (Decision d : decisions) {
                if (d.outcome() == RowOutcome.UPDATED && d.customerId() != null) {
                    update(d.customerId(), d.row().draft(), userId, now);
                    updated.put(d.customerId(), importDetail(importId, d.row().draft()));
                }
            }
            audit.recordAll(userId, "IMPORT_UPDATE", "customer", updated);
        }

        private void update(long id, CustomerDraft draft, long userId, LocalDateTime now) {
            Set<Field<?>> columns = new HashSet<>();
            settings.mapping().columns().keySet().forEach(f -> columns.addAll(COLUMNS.getOrDefault(f, List.of())));
            if (draft.getAddress() != null) {
                columns.addAll(COLUMNS.get("address"));
            }
            searchKeys.remove(id);
            customers.updateColumns(id, draft, columns, userId, now);
            searchKeys.add(id);
            customers.replaceAssignees(
                    id, settings.mapping().has("assignees") ? draft.getAssigneeIds() : customers.assigneeIds(id));
        }

        private static String importDetail(long importId, CustomerDraft draft) {
            return draft.getName() + " (import " + importId + ")";
        }
    }
}
