package app.kiroku.negotiation;

import static app.kiroku.db.Tables.NEGOTIATION;

import app.kiroku.customer.CustomerConditions;
import app.kiroku.customer.CustomerDerivedColumns;
import app.kiroku.customer.CustomerDraft;
import app.kiroku.customer.CustomerFilter;
import app.kiroku.customer.CustomerService;
import app.kiroku.master.MasterDataService;
import app.kiroku.master.MasterItem;
import app.kiroku.shared.audit.AuditLog;
import app.kiroku.shared.data.ConcurrentEditException;
import app.kiroku.shared.i18n.KirokuI18nProvider;
import app.kiroku.shared.text.CsvWriter;
import app.kiroku.shared.validation.FieldChecks;
import app.kiroku.shared.validation.InvalidInputException;
import app.kiroku.user.CurrentUser;
import app.kiroku.user.InHouseOnly;
import app.kiroku.user.UserDirectory;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import org.jooq.Condition;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading negotiation records. Customer-linked: never for PARTNER users. */
@Service
@Transactional(readOnly = true)
public class NegotiationService {

    /** 今日の予定 covers today and the next seven days. */
    public static final int AGENDA_DAYS_AHEAD = 7;

    static final DateTimeFormatter CSV_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");
    static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("HH:mm");
    /** With 顧客コード and 電話番号, so that an export imports again without a mapping and finds its customers. */
    private static final List<String> CSV_COLUMNS = List.of(
            "negotiation.date",
            "negotiation.time",
            "negotiation.state",
            "customer.code",
            "customer.name",
            "customer.phone",
            "negotiation.handler",
            "negotiation.progress",
            "negotiation.rank",
            "negotiation.department",
            "negotiation.report",
            "negotiation.remarks");

    private final NegotiationRepository negotiations;
    private final CurrentUser currentUser;
    private final UserDirectory users;
    private final MasterDataService masters;
    private final CustomerDerivedColumns customerColumns;
    private final CustomerService customers;
    private final AuditLog audit;
    private final VisitInvitations invitations;
    private final Clock clock;

    NegotiationService(
            NegotiationRepository negotiations,
            CurrentUser currentUser,
            UserDirectory users,
            MasterDataService masters,
            CustomerDerivedColumns customerColumns,
            CustomerService customers,
            AuditLog audit,
            VisitInvitations invitations,
            Clock clock) {
        this.invitations = invitations;
        this.customers = customers;
        this.negotiations = negotiations;
        this.currentUser = currentUser;
        this.users = users;
        this.masters = masters;
        this.customerColumns = customerColumns;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new record for a customer: handled by me, in my department, with the customer's rank. */
    @InHouseOnly
    public NegotiationDraft newDraft(long customerId) {
        Long rank = negotiations
                .customerRank(customerId)
                .orElseThrow(() -> new NoSuchElementException("No customer " + customerId));
        var me = currentUser.require();
        var draft = new NegotiationDraft();
        draft.setCustomerId(customerId);
        draft.setHandlerId(me.id());
        draft.setDepartmentId(me.departmentId());
        draft.setRankId(rank < 0 ? null : rank);
        return draft;
    }

    /** The next planned visit after {@code id}: same customer, handler, department, rank and progress. */
    @InHouseOnly
    public NegotiationDraft nextPlanAfter(long id) {
        var done = negotiations.detail(id).orElseThrow(() -> new NoSuchElementException("No record " + id));
        var next = new NegotiationDraft();
        next.setCustomerId(done.customerId());
        next.setHandlerId(done.handlerId());
        next.setDepartmentId(done.departmentId());
        next.setRankId(done.rankId());
        next.setProgressId(done.progressId());
        return next;
    }

    @InHouseOnly
    @Transactional
    public long create(NegotiationDraft draft) {
        validate(draft, null);
        var me = currentUser.require();
        long id = negotiations.insert(draft, me.id(), LocalDateTime.now(clock));
        customerColumns.refresh(draft.getCustomerId());
        audit.record(me.id(), "CREATE", "negotiation", id, describe(draft));
        invitations.created(require(id), me);
        return id;
    }

    /** Saves changes to the version the user opened; refused, naming who and when, if someone saved in between. */
    @InHouseOnly
    @Transactional
    public void update(long id, int version, NegotiationDraft draft) {
        var stored = negotiations.detail(id).orElseThrow(() -> new NoSuchElementException("No record " + id));
        draft.setCustomerId(stored.customerId());
        validate(draft, stored);
        var me = currentUser.require();
        if (!negotiations.update(id, version, draft, me.id(), LocalDateTime.now(clock))) {
            throw conflict(id);
        }
        customerColumns.refresh(stored.customerId());
        audit.record(me.id(), "UPDATE", "negotiation", id, describe(draft));
        invitations.updated(stored, require(id), me);
    }

    /**
     * Drag to reschedule: a planned record (no 対応日 yet) gets a new 予定日/予定時刻. Done records stay where they
     * are; a record saved by someone else since it was shown is refused as in the form.
     */
    @InHouseOnly
    @Transactional
    public void reschedule(long id, int version, LocalDate plannedDate, @Nullable LocalTime plannedTime) {
        var stored = negotiations.detail(id).orElseThrow(() -> new NoSuchElementException("No record " + id));
        if (!stored.planned()) {
            throw new InvalidInputException(java.util.Map.of("dates", "negotiation.error.doneNotMovable"));
        }
        var draft = stored.toDraft();
        draft.setPlannedDate(plannedDate);
        draft.setPlannedTime(plannedTime);
        update(id, version, draft);
    }

    /** A new customer and its first record in one transaction; if either is refused, neither is stored. */
    @InHouseOnly
    @Transactional
    public long createWithNewCustomer(CustomerDraft customer, NegotiationDraft record) {
        long customerId = customers.create(customer);
        record.setCustomerId(customerId);
        // a refused record throws, and the transaction takes the new customer back with it
        return create(record);
    }

    /** Deletes for good; the audit log keeps the content. */
    @InHouseOnly
    @Transactional
    public void delete(long id, int version) {
        var stored = negotiations.detail(id).orElseThrow(() -> new NoSuchElementException("No record " + id));
        var me = currentUser.require();
        // while the record's mails still refer to it; a refused delete takes the cancellation back with it
        invitations.deleted(stored, me);
        if (!negotiations.delete(id, version)) {
            throw conflict(id);
        }
        customerColumns.refresh(stored.customerId());
        audit.record(me.id(), "DELETE", "negotiation", id, stored.customerName() + " / " + describe(stored.toDraft()));
    }

    @InHouseOnly
    public List<NegotiationListItem> search(
            NegotiationFilter filter, List<NegotiationSort.Order> sort, int offset, int limit) {
        return negotiations.search(
                NegotiationConditions.matching(filter, currentUser.require().id()), sort, offset, limit);
    }

    @InHouseOnly
    public int count(NegotiationFilter filter) {
        return negotiations.count(
                NegotiationConditions.matching(filter, currentUser.require().id()));
    }

    /** The current result as CSV for Excel: UTF-8 with BOM, headers in the user's language. */
    @InHouseOnly
    public void exportCsv(
            NegotiationFilter filter,
            List<NegotiationSort.Order> sort,
            Locale locale,
            CsvWriter.Encoding encoding,
            OutputStream out) {
        ResourceBundle texts = KirokuI18nProvider.bundle(locale);
        try (var csv = new CsvWriter(out, encoding);
                var rows = negotiations.stream(
                        NegotiationConditions.matching(
                                filter, currentUser.require().id()),
                        sort)) {
            csv.row(CSV_COLUMNS.stream().map(texts::getString).toList());
            rows.forEach(r -> csv.row(Arrays.asList(
                    CSV_DATE.format(r.date()),
                    r.time() == null ? null : CSV_TIME.format(r.time()),
                    texts.getString(r.done() ? "negotiation.state.done" : "negotiation.state.planned"),
                    r.customerCode(),
                    r.customerName(),
                    r.customerPhone(),
                    r.handlerName(),
                    r.progressName(),
                    r.rankName(),
                    r.departmentName(),
                    r.report(),
                    r.remarks())));
        }
    }

    private NegotiationDetail require(long id) {
        return negotiations.detail(id).orElseThrow(() -> new NoSuchElementException("No record " + id));
    }

    private ConcurrentEditException conflict(long id) {
        var last = negotiations.lastChange(id);
        return last.map(l -> new ConcurrentEditException(l.userName(), l.at()))
                .orElseGet(() -> new ConcurrentEditException("", LocalDateTime.now(clock)));
    }

    /**
     * Everything checked before anything is written. Retired master values and inactive handlers are refused for
     * new choices but accepted where the stored record already had them.
     */
    private void validate(NegotiationDraft draft, @Nullable NegotiationDetail stored) {
        var checks = new FieldChecks()
                .checkMessage("dates", NegotiationRules.checkDates(draft))
                .checkMessage("plannedTime", NegotiationRules.checkPlannedTime(draft))
                .checkMessage("doneTime", NegotiationRules.checkDoneTime(draft))
                .checkMessage("handler", NegotiationRules.checkHandler(draft.getHandlerId()))
                .checkMessage("report", NegotiationRules.checkReport(draft.getReport()))
                .checkMessage("remarks", NegotiationRules.checkRemarks(draft.getRemarks()));
        if (draft.getHandlerId() != null && (stored == null || stored.handlerId() != draft.getHandlerId())) {
            checks.check(
                    "handler",
                    users.allActiveInHouse(List.of(draft.getHandlerId())),
                    "negotiation.error.handlerInactive");
        }
        checks.check(
                        "progress",
                        usable(
                                masters.progressFlags(),
                                draft.getProgressId(),
                                stored == null ? null : stored.progressId()),
                        "negotiation.error.retired")
                .check(
                        "rank",
                        usable(masters.ranks(), draft.getRankId(), stored == null ? null : stored.rankId()),
                        "negotiation.error.retired")
                .check(
                        "department",
                        usable(
                                masters.departments(),
                                draft.getDepartmentId(),
                                stored == null ? null : stored.departmentId()),
                        "negotiation.error.retired")
                .throwIfAny();
    }

    private static boolean usable(List<MasterItem> items, @Nullable Long chosen, @Nullable Long before) {
        return chosen == null
                || Objects.equals(chosen, before)
                || items.stream().anyMatch(item -> item.id() == chosen && item.active());
    }

    static String describe(NegotiationDraft d) {
        return "予定=" + d.getPlannedDate() + " " + Objects.toString(d.getPlannedTime(), "")
                + " 対応=" + d.getDoneDate() + " " + Objects.toString(d.getDoneTime(), "")
                + " 対応者=" + d.getHandlerId() + " 進捗=" + d.getProgressId() + " ランク=" + d.getRankId()
                + " 部署=" + d.getDepartmentId()
                + " 内容=" + Objects.toString(d.getReport(), "") + " 備考=" + Objects.toString(d.getRemarks(), "");
    }

    /** The signed-in user's records from today to a week ahead, as handler or as the customer's 担当者. */
    @InHouseOnly
    public List<AgendaItem> myAgenda() {
        LocalDate today = LocalDate.now(clock);
        return negotiations.agenda(currentUser.require().id(), today, today.plusDays(AGENDA_DAYS_AHEAD));
    }

    /** The customer screen's 見出し, newest first. */
    @InHouseOnly
    public List<NegotiationHeading> headingsOf(long customerId, int offset, int limit) {
        return negotiations.headings(customerId, offset, limit);
    }

    @InHouseOnly
    public int countOf(long customerId) {
        return negotiations.count(NEGOTIATION.CUSTOMER_ID.eq(customerId));
    }

    /** The records of exactly the customers {@code filter} finds, by progress flag order, then newest first. */
    @InHouseOnly
    public List<NegotiationHeading> ofCustomers(CustomerFilter filter, int offset, int limit) {
        return negotiations.ofCustomers(customersMatching(filter), offset, limit);
    }

    @InHouseOnly
    public int countOfCustomers(CustomerFilter filter) {
        return negotiations.count(customersMatching(filter));
    }

    private Condition customersMatching(CustomerFilter filter) {
        return CustomerConditions.matching(filter, currentUser.require().id(), LocalDate.now(clock));
    }

    @InHouseOnly
    public Optional<NegotiationDetail> detail(long id) {
        return negotiations.detail(id);
    }
}
