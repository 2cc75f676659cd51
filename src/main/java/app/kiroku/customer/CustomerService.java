package app.kiroku.customer;

import app.kiroku.shared.audit.AuditLog;
import app.kiroku.shared.data.ConcurrentEditException;
import app.kiroku.shared.i18n.KirokuI18nProvider;
import app.kiroku.shared.text.CsvWriter;
import app.kiroku.shared.text.SearchText;
import app.kiroku.shared.validation.FieldChecks;
import app.kiroku.user.CurrentUser;
import app.kiroku.user.InHouseOnly;
import app.kiroku.user.UserDirectory;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Customers (顧客情報): search, read, create, edit, export. Customer-linked: never for PARTNER users. */
@Service
@Transactional(readOnly = true)
public class CustomerService {

    /** At most this many possible duplicates are shown when a customer is created. */
    public static final int DUPLICATE_LIMIT = 10;
    /** A list's 件数 is counted exactly up to this many customers of one search key, and estimated beyond. */
    public static final int EXACT_UP_TO = CustomerSearch.EXACT_UP_TO;

    private static final DateTimeFormatter CSV_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");
    private static final List<String> CSV_COLUMNS = List.of(
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
            "customer.memo",
            "customer.currentProgress",
            "customer.nextContact");

    private final CustomerRepository customers;
    private final CustomerSearch search;
    private final CustomerSearchKeys searchKeys;
    private final UserDirectory users;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    CustomerService(
            CustomerRepository customers,
            CustomerSearch search,
            CustomerSearchKeys searchKeys,
            UserDirectory users,
            CurrentUser currentUser,
            AuditLog audit,
            Clock clock) {
        this.customers = customers;
        this.search = search;
        this.searchKeys = searchKeys;
        this.users = users;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @InHouseOnly
    public List<CustomerListItem> search(CustomerFilter filter, List<CustomerSort.Order> sort, int offset, int limit) {
        return search.page(query(filter), sort, offset, limit);
    }

    /**
     * The next page after {@code after} in the default order (kana, then id): what a grid scrolling on page by page
     * asks for. Any other order goes through {@link #search} with an offset.
     */
    @InHouseOnly
    public List<CustomerListItem> searchAfter(CustomerFilter filter, CustomerSeek after, int limit) {
        return search.pageAfter(query(filter), after, limit);
    }

    /** The 件数 a list shows: exact, or estimated for a single keyword key beyond {@link #EXACT_UP_TO}. */
    @InHouseOnly
    public CustomerCount listCount(CustomerFilter filter) {
        return search.listCount(query(filter));
    }

    /** The exact number of customers the filter finds. */
    @InHouseOnly
    public int count(CustomerFilter filter) {
        return search.count(query(filter));
    }

    private CustomerSearch.Query query(CustomerFilter filter) {
        return new CustomerSearch.Query(filter, currentUser.require().id(), LocalDate.now(clock));
    }

    /**
     * The customers with any of these 顧客コード or names (widths, case and spaces aside): one indexed look-up for a
     * batch of imported records, which then pick theirs by code, or by name and phone number.
     */
    @InHouseOnly
    public List<CustomerIdentity> identities(Collection<String> codes, Collection<String> names) {
        return customers.identities(
                codes, names.stream().map(CustomerIdentity::nameKey).distinct().toList());
    }

    @InHouseOnly
    public Optional<CustomerDetail> detail(long id) {
        return customers.detail(id, LocalDate.now(clock));
    }

    /** Existing customers with the same kana or phone number, for the duplicate warning on create. */
    @InHouseOnly
    public List<CustomerListItem> possibleDuplicates(CustomerDraft draft, @Nullable Long excludeId) {
        String kana = SearchText.normalize(CustomerRules.normalizeKana(draft.getKana()));
        List<String> phones = new ArrayList<>();
        for (String phone : Arrays.asList(draft.getPhone(), draft.getMobile())) {
            String digits = SearchText.digits(phone);
            if (digits.length() >= 10) {
                phones.add(digits);
            }
        }
        if (kana.isEmpty() && phones.isEmpty()) {
            return List.of();
        }
        return customers.sameKanaOrPhone(kana, phones, excludeId, LocalDate.now(clock), DUPLICATE_LIMIT);
    }

    @InHouseOnly
    @Transactional
    public long create(CustomerDraft draft) {
        CustomerDraft clean = validated(draft, null);
        long userId = currentUser.require().id();
        long id = customers.insert(clean, userId, LocalDateTime.now(clock));
        searchKeys.add(id);
        customers.replaceAssignees(id, clean.getAssigneeIds());
        audit.record(userId, "CREATE", "customer", id, clean.getName());
        return id;
    }

    /**
     * Saves changes made to the version the user opened; refused with {@link ConcurrentEditException} (who, when)
     * when someone else saved in between.
     */
    @InHouseOnly
    @Transactional
    public void update(long id, int version, CustomerDraft draft) {
        CustomerDraft clean = validated(draft, id);
        long userId = currentUser.require().id();
        searchKeys.remove(id);
        if (!customers.update(id, version, clean, userId, LocalDateTime.now(clock))) {
            var last = customers.lastChange(id).orElseThrow(() -> new NoSuchElementException("No customer " + id));
            throw new ConcurrentEditException(last.userName(), last.at());
        }
        searchKeys.add(id);
        customers.replaceAssignees(id, clean.getAssigneeIds());
        audit.record(userId, "UPDATE", "customer", id, clean.getName());
    }

    /**
     * The current result as CSV for Excel, headers in the user's language: every field of the customer form, so that
     * the file imports back without a mapping (データ取込), then 現進捗 and 次回接触予定日, which an import ignores.
     */
    @InHouseOnly
    public void exportCsv(
            CustomerFilter filter,
            List<CustomerSort.Order> sort,
            Locale locale,
            CsvWriter.Encoding encoding,
            OutputStream out) {
        LocalDate today = LocalDate.now(clock);
        ResourceBundle texts = KirokuI18nProvider.bundle(locale);
        try (var csv = new CsvWriter(out, encoding);
                var rows = customers.streamForExport(
                        CustomerConditions.matching(
                                filter, currentUser.require().id(), today),
                        sort,
                        today)) {
            csv.row(CSV_COLUMNS.stream().map(texts::getString).toList());
            rows.forEach(c -> csv.row(Arrays.asList(
                    c.code(),
                    c.name(),
                    c.kana(),
                    c.phone(),
                    c.mobile(),
                    c.email(),
                    c.postalCode(),
                    c.address(),
                    c.assigneeNames(),
                    c.rankName(),
                    c.memo(),
                    c.progressName(),
                    c.nextContactDate() == null ? null : CSV_DATE.format(c.nextContactDate()))));
        }
    }

    /** Normalises what was typed, then checks all of it before anything is written. */
    private CustomerDraft validated(CustomerDraft draft, @Nullable Long id) {
        var checks = new FieldChecks();
        CustomerRules.problems(draft).forEach(checks::checkMessage);
        String code = CustomerRules.blankToNull(draft.getCode());
        checks.check("code", code == null || !customers.codeTaken(code, id), "customer.error.code.taken")
                .check("assignees", users.allActiveInHouse(draft.getAssigneeIds()), "customer.error.assignees")
                .throwIfAny();
        return CustomerRules.cleaned(draft);
    }
}
