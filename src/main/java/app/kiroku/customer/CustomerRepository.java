package app.kiroku.customer;

import static app.kiroku.db.Tables.APP_USER;
import static app.kiroku.db.Tables.CUSTOMER;
import static app.kiroku.db.Tables.CUSTOMER_ASSIGNEE;
import static app.kiroku.db.Tables.CUSTOMER_RANK;
import static app.kiroku.db.Tables.PROGRESS_FLAG;

import app.kiroku.db.tables.AppUser;
import app.kiroku.shared.data.MultiRowInsert;
import app.kiroku.shared.text.SearchText;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record12;
import org.jooq.Records;
import org.jooq.SelectLimitStep;
import org.jooq.SelectSelectStep;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class CustomerRepository {

    private final DSLContext dsl;
    private final CustomerKeyIntersection intersection;

    CustomerRepository(DSLContext dsl, CustomerKeyIntersection intersection) {
        this.dsl = dsl;
        this.intersection = intersection;
    }

    List<CustomerListItem> search(
            Condition where, List<CustomerSort.Order> sort, LocalDate today, int offset, int limit) {
        return listQuery(where, sort, today).offset(offset).limit(limit).fetch(r -> item(r));
    }

    /**
     * A list led by a criterion ({@link CustomerLead}). When the lead is walkable and the list is in list order,
     * the customers are read from the lead's table, already in that order, and tested one by one until the page is
     * full; otherwise the lead only narrows an ordinary query.
     */
    List<CustomerListItem> searchLed(
            CustomerLead lead,
            Condition where,
            List<CustomerSort.Order> sort,
            @Nullable CustomerSeek after,
            LocalDate today,
            int offset,
            int limit) {
        if (!lead.walkable() || !isListOrder(sort)) {
            return search(
                    where.and(after(after, CUSTOMER.KANA_NORM, CUSTOMER.ID)).and(narrowedBy(lead)),
                    sort,
                    today,
                    offset,
                    limit);
        }
        Condition seek = after(after, lead.kana(), lead.customer());
        return columns(today)
                .from(lead.table())
                .straightJoin(CUSTOMER)
                .on(CUSTOMER.ID.eq(lead.customer()))
                .leftJoin(CUSTOMER_RANK)
                .on(CUSTOMER_RANK.ID.eq(CUSTOMER.RANK_ID))
                .leftJoin(PROGRESS_FLAG)
                .on(PROGRESS_FLAG.ID.eq(CUSTOMER.CURRENT_PROGRESS_ID))
                .where(lead.rows())
                .and(seek)
                .and(where)
                .orderBy(lead.kana(), lead.customer())
                .offset(offset)
                .limit(limit)
                .fetch(r -> item(r));
    }

    /**
     * A page in list order of the customers having all of {@code keys} and meeting {@code where}: the keys'
     * intersection ({@link CustomerKeyIntersection}) proposes customers, a query on their ids tests the rest.
     */
    List<CustomerListItem> searchIntersecting(
            List<String> keys, Condition where, @Nullable CustomerSeek after, LocalDate today, int offset, int limit) {
        List<CustomerListItem> page = new ArrayList<>();
        int skip = offset;
        CustomerSeek cursor = after;
        while (page.size() < limit) {
            var found = intersection.having(keys, cursor, skip + limit - page.size());
            if (!found.ids().isEmpty()) {
                for (CustomerListItem item : listQuery(
                                CUSTOMER.ID.in(found.ids()).and(where), List.of(), today)
                        .fetch(r -> item(r))) {
                    if (skip > 0) {
                        skip--;
                    } else if (page.size() < limit) {
                        page.add(item);
                    }
                }
            }
            if (found.resume() == null) {
                break;
            }
            cursor = found.resume();
        }
        return page;
    }

    /** The rows after {@code seek} in list order, read from whichever columns carry the kana and the id. */
    static Condition after(@Nullable CustomerSeek seek, Field<String> kana, Field<Long> id) {
        return seek == null
                ? DSL.noCondition()
                : kana.gt(seek.kanaNorm()).or(kana.eq(seek.kanaNorm()).and(id.gt(seek.id())));
    }

    /** Sorted by name or kana ascending is the list order (kana, then id) every query ends with anyway. */
    static boolean isListOrder(List<CustomerSort.Order> sort) {
        return sort.stream()
                .allMatch(o -> o.ascending() && (o.column() == CustomerSort.NAME || o.column() == CustomerSort.KANA));
    }

    int countLed(CustomerLead lead, Condition where) {
        if (!lead.walkable()) {
            return count(where.and(narrowedBy(lead)));
        }
        if (where.equals(DSL.noCondition())) {
            return dsl.fetchCount(lead.table(), lead.rows());
        }
        return dsl.fetchCount(dsl.selectOne()
                .from(lead.table())
                .straightJoin(CUSTOMER)
                .on(CUSTOMER.ID.eq(lead.customer()))
                .where(lead.rows())
                .and(where));
    }

    /** The rows of a walkable lead's range, counted no further than {@code bound}. */
    int countLedUpTo(CustomerLead lead, int bound) {
        return dsl.fetchCount(
                DSL.selectOne().from(lead.table()).where(lead.rows()).limit(bound));
    }

    /**
     * The rows of a lead's range, estimated from its first {@code headRows} rows, counted. The optimizer's estimate
     * ({@code EXPLAIN}, which InnoDB makes from a few pages at the range's ends) of a long range can be off by twice;
     * it is scaled by how far off the same estimate is for the head of the range, up to the kana of its last row.
     * Both are estimated the same way, so the error cancels (within a few percent at a million customers).
     */
    long estimateLed(CustomerLead lead, int headRows) {
        long all = explainedRows(lead.table(), lead.rows());
        String headEnd = dsl.select(lead.kana())
                .from(lead.table())
                .where(lead.rows())
                .orderBy(lead.kana(), lead.customer())
                .limit(1)
                .offset(headRows - 1)
                .fetchOne(lead.kana());
        long ofHead = headEnd == null
                ? 0
                : explainedRows(lead.table(), lead.rows().and(lead.kana().le(headEnd)));
        return ofHead == 0 ? all : Math.round((double) all * headRows / ofHead);
    }

    private long explainedRows(org.jooq.Table<?> table, Condition rows) {
        var plan = dsl.fetch(
                "EXPLAIN " + dsl.renderInlined(DSL.selectOne().from(table).where(rows)));
        return plan.isEmpty() || plan.getFirst().get("rows") == null
                ? 0
                : plan.getFirst().get("rows", Long.class);
    }

    private static Condition narrowedBy(CustomerLead lead) {
        return CUSTOMER.ID.in(DSL.select(lead.customer()).from(lead.table()).where(lead.rows()));
    }

    /** A customer as the CSV export writes it: every field of the form, and the derived columns the list shows. */
    record ExportRow(
            @Nullable String code,
            String name,
            String kana,
            @Nullable String phone,
            @Nullable String mobile,
            @Nullable String email,
            @Nullable String postalCode,
            @Nullable String address,
            @Nullable String assigneeNames,
            @Nullable String rankName,
            @Nullable String memo,
            @Nullable String progressName,
            @Nullable LocalDate nextContactDate) {}

    /** The whole result for the export, as a stream read 500 rows at a time; the caller closes it. */
    Stream<ExportRow> streamForExport(Condition where, List<CustomerSort.Order> sort, LocalDate today) {
        return dsl
                .select(
                        CUSTOMER.CODE,
                        CUSTOMER.NAME,
                        CUSTOMER.KANA,
                        CUSTOMER.PHONE,
                        CUSTOMER.MOBILE,
                        CUSTOMER.EMAIL,
                        CUSTOMER.POSTAL_CODE,
                        CUSTOMER.ADDRESS,
                        assigneeNames(),
                        CUSTOMER_RANK.NAME,
                        CUSTOMER.MEMO,
                        PROGRESS_FLAG.NAME,
                        nextContact(today))
                .from(CUSTOMER)
                .leftJoin(CUSTOMER_RANK)
                .on(CUSTOMER_RANK.ID.eq(CUSTOMER.RANK_ID))
                .leftJoin(PROGRESS_FLAG)
                .on(PROGRESS_FLAG.ID.eq(CUSTOMER.CURRENT_PROGRESS_ID))
                .where(where)
                .orderBy(orderBy(sort, nextContact(today)))
                .fetchSize(500)
                .stream()
                .map(r -> new ExportRow(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        r.value4(),
                        r.value5(),
                        r.value6(),
                        r.value7(),
                        r.value8(),
                        r.value9(),
                        r.value10(),
                        r.value11(),
                        r.value12(),
                        r.value13()));
    }

    int count(Condition where) {
        return dsl.fetchCount(CUSTOMER, where);
    }

    private SelectLimitStep<
                    Record12<
                            Long,
                            String,
                            String,
                            String,
                            String,
                            String,
                            String,
                            String,
                            String,
                            String,
                            LocalDate,
                            LocalDate>>
            listQuery(Condition where, List<CustomerSort.Order> sort, LocalDate today) {
        return columns(today)
                .from(CUSTOMER)
                .leftJoin(CUSTOMER_RANK)
                .on(CUSTOMER_RANK.ID.eq(CUSTOMER.RANK_ID))
                .leftJoin(PROGRESS_FLAG)
                .on(PROGRESS_FLAG.ID.eq(CUSTOMER.CURRENT_PROGRESS_ID))
                .where(where)
                .orderBy(orderBy(sort, nextContact(today)));
    }

    private SelectSelectStep<
                    Record12<
                            Long,
                            String,
                            String,
                            String,
                            String,
                            String,
                            String,
                            String,
                            String,
                            String,
                            LocalDate,
                            LocalDate>>
            columns(LocalDate today) {
        return dsl.select(
                CUSTOMER.ID,
                CUSTOMER.NAME,
                CUSTOMER.KANA,
                CUSTOMER.PHONE,
                CUSTOMER.MOBILE,
                CUSTOMER.ADDRESS,
                assigneeNames(),
                CUSTOMER_RANK.NAME,
                PROGRESS_FLAG.NAME,
                PROGRESS_FLAG.COLOR,
                nextContact(today),
                CUSTOMER.LAST_CONTACT_DATE);
    }

    private static CustomerListItem item(
            Record12<Long, String, String, String, String, String, String, String, String, String, LocalDate, LocalDate>
                    r) {
        // the master names and colours are a handful of values: one copy each, not one per row a grid holds
        return new CustomerListItem(
                r.value1(),
                r.value2(),
                r.value3(),
                r.value4(),
                r.value5(),
                r.value6(),
                r.value7(),
                shared(r.value8()),
                shared(r.value9()),
                shared(r.value10()),
                r.value11(),
                r.value12());
    }

    private static @Nullable String shared(@Nullable String masterValue) {
        return masterValue == null ? null : masterValue.intern();
    }

    /** 次回接触予定日 as shown: the maintained date, or blank once it has passed (before the nightly sweep). */
    static Field<LocalDate> nextContact(LocalDate today) {
        return DSL.when(CUSTOMER.NEXT_CONTACT_DATE.ge(today), CUSTOMER.NEXT_CONTACT_DATE)
                .as("next_contact");
    }

    private static Field<String> assigneeNames() {
        return DSL.field(DSL.select(DSL.groupConcat(APP_USER.NAME)
                                .orderBy(APP_USER.KANA, APP_USER.ID)
                                .separator("、"))
                        .from(CUSTOMER_ASSIGNEE)
                        .join(APP_USER)
                        .on(APP_USER.ID.eq(CUSTOMER_ASSIGNEE.USER_ID))
                        .where(CUSTOMER_ASSIGNEE.CUSTOMER_ID.eq(CUSTOMER.ID)))
                .as("assignee_names");
    }

    private static List<SortField<?>> orderBy(List<CustomerSort.Order> sort, Field<LocalDate> nextContact) {
        List<SortField<?>> fields = new ArrayList<>();
        for (CustomerSort.Order order : sort) {
            Field<?> field = switch (order.column()) {
                case NAME, KANA -> CUSTOMER.KANA_NORM;
                case PHONE -> CUSTOMER.PHONE_DIGITS;
                case ADDRESS -> CUSTOMER.ADDRESS_NORM;
                case RANK -> CUSTOMER_RANK.SORT_ORDER;
                case PROGRESS -> PROGRESS_FLAG.SORT_ORDER;
                case NEXT_CONTACT -> nextContact;
            };
            // blanks go last either way: an empty 次回接触予定日 is "no plan", not "earliest"
            fields.add(
                    order.ascending() ? field.asc().nullsLast() : field.desc().nullsLast());
        }
        fields.add(CUSTOMER.KANA_NORM.asc());
        fields.add(CUSTOMER.ID.asc());
        return fields;
    }

    Optional<CustomerDetail> detail(long id, LocalDate today) {
        AppUser creator = APP_USER.as("creator");
        AppUser updater = APP_USER.as("updater");
        List<CustomerDetail.Assignee> assignees = dsl.select(APP_USER.ID, APP_USER.NAME, APP_USER.ACTIVE)
                .from(CUSTOMER_ASSIGNEE)
                .join(APP_USER)
                .on(APP_USER.ID.eq(CUSTOMER_ASSIGNEE.USER_ID))
                .where(CUSTOMER_ASSIGNEE.CUSTOMER_ID.eq(id))
                .orderBy(APP_USER.KANA, APP_USER.ID)
                .fetch(r -> new CustomerDetail.Assignee(r.value1(), r.value2(), r.value3()));
        return dsl.select(
                        CUSTOMER.ID,
                        CUSTOMER.CODE,
                        CUSTOMER.NAME,
                        CUSTOMER.KANA,
                        CUSTOMER.PHONE,
                        CUSTOMER.MOBILE,
                        CUSTOMER.EMAIL,
                        CUSTOMER.POSTAL_CODE,
                        CUSTOMER.ADDRESS,
                        CUSTOMER.RANK_ID,
                        CUSTOMER_RANK.NAME,
                        CUSTOMER.MEMO,
                        PROGRESS_FLAG.NAME,
                        PROGRESS_FLAG.COLOR,
                        nextContact(today),
                        creator.NAME,
                        CUSTOMER.CREATED_AT,
                        updater.NAME,
                        CUSTOMER.UPDATED_AT,
                        CUSTOMER.VERSION)
                .from(CUSTOMER)
                .join(creator)
                .on(creator.ID.eq(CUSTOMER.CREATED_BY))
                .join(updater)
                .on(updater.ID.eq(CUSTOMER.UPDATED_BY))
                .leftJoin(CUSTOMER_RANK)
                .on(CUSTOMER_RANK.ID.eq(CUSTOMER.RANK_ID))
                .leftJoin(PROGRESS_FLAG)
                .on(PROGRESS_FLAG.ID.eq(CUSTOMER.CURRENT_PROGRESS_ID))
                .where(CUSTOMER.ID.eq(id))
                .fetchOptional(r -> new CustomerDetail(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        r.value4(),
                        r.value5(),
                        r.value6(),
                        r.value7(),
                        r.value8(),
                        r.value9(),
                        r.value10(),
                        r.value11(),
                        r.value12(),
                        assignees,
                        r.value13(),
                        r.value14(),
                        r.value15(),
                        r.value16(),
                        r.value17(),
                        r.value18(),
                        r.value19(),
                        r.value20()));
    }

    long insert(CustomerDraft draft, long userId, LocalDateTime now) {
        return dsl.insertInto(CUSTOMER)
                .set(values(draft))
                .set(CUSTOMER.CREATED_BY, userId)
                .set(CUSTOMER.CREATED_AT, now)
                .set(CUSTOMER.UPDATED_BY, userId)
                .set(CUSTOMER.UPDATED_AT, now)
                .set(CUSTOMER.VERSION, 0)
                .returningResult(CUSTOMER.ID)
                .fetchSingle(CUSTOMER.ID);
    }

    /** False when the row is gone or someone else saved it since {@code version} was read. */
    boolean update(long id, int version, CustomerDraft draft, long userId, LocalDateTime now) {
        return dsl.update(CUSTOMER)
                        .set(values(draft))
                        .set(CUSTOMER.UPDATED_BY, userId)
                        .set(CUSTOMER.UPDATED_AT, now)
                        .set(CUSTOMER.VERSION, CUSTOMER.VERSION.plus(1))
                        .where(CUSTOMER.ID.eq(id))
                        .and(CUSTOMER.VERSION.eq(version))
                        .execute()
                == 1;
    }

    /** The editable columns with the normalised search forms derived from them. */
    static Map<Field<?>, @Nullable Object> values(CustomerDraft draft) {
        Map<Field<?>, @Nullable Object> values = new HashMap<>();
        values.put(CUSTOMER.CODE, draft.getCode());
        values.put(CUSTOMER.NAME, draft.getName());
        values.put(CUSTOMER.KANA, draft.getKana());
        values.put(CUSTOMER.PHONE, draft.getPhone());
        values.put(CUSTOMER.MOBILE, draft.getMobile());
        values.put(CUSTOMER.EMAIL, draft.getEmail());
        values.put(CUSTOMER.POSTAL_CODE, draft.getPostalCode());
        values.put(CUSTOMER.ADDRESS, draft.getAddress());
        values.put(CUSTOMER.RANK_ID, draft.getRankId());
        values.put(CUSTOMER.MEMO, draft.getMemo());
        values.put(CUSTOMER.NAME_NORM, nameNorm(draft.getName()));
        values.put(CUSTOMER.KANA_NORM, fitted(CUSTOMER.KANA_NORM, SearchText.normalize(draft.getKana())));
        values.put(CUSTOMER.PHONE_DIGITS, digitsOrNull(draft.getPhone()));
        values.put(CUSTOMER.MOBILE_DIGITS, digitsOrNull(draft.getMobile()));
        values.put(CUSTOMER.ADDRESS_NORM, fitted(CUSTOMER.ADDRESS_NORM, SearchText.normalize(draft.getAddress())));
        return values;
    }

    static String nameNorm(@Nullable String name) {
        return fitted(CUSTOMER.NAME_NORM, SearchText.normalize(name));
    }

    /**
     * A search form cut to its column. NFKC can make text longer than what the user typed ({@code ㍿} becomes
     * {@code 株式会社}), so a name within its limit may have a longer search form; its tail is only lost to search.
     */
    private static String fitted(Field<String> column, String normalized) {
        int max = column.getDataType().length();
        if (max <= 0 || normalized.codePointCount(0, normalized.length()) <= max) {
            return normalized;
        }
        return normalized.substring(0, normalized.offsetByCodePoints(0, max));
    }

    record LastChange(String userName, LocalDateTime at) {}

    Optional<LastChange> lastChange(long id) {
        return dsl.select(APP_USER.NAME, CUSTOMER.UPDATED_AT)
                .from(CUSTOMER)
                .join(APP_USER)
                .on(APP_USER.ID.eq(CUSTOMER.UPDATED_BY))
                .where(CUSTOMER.ID.eq(id))
                .fetchOptional(r -> new LastChange(r.value1(), r.value2()));
    }

    /** The customer's 担当者, each with the customer's current kana (see {@link CustomerLead#assignee}). */
    void replaceAssignees(long customerId, Collection<Long> userIds) {
        dsl.deleteFrom(CUSTOMER_ASSIGNEE)
                .where(CUSTOMER_ASSIGNEE.CUSTOMER_ID.eq(customerId))
                .execute();
        for (Long userId : userIds) {
            dsl.insertInto(
                            CUSTOMER_ASSIGNEE,
                            CUSTOMER_ASSIGNEE.CUSTOMER_ID,
                            CUSTOMER_ASSIGNEE.USER_ID,
                            CUSTOMER_ASSIGNEE.KANA_NORM)
                    .select(DSL.select(CUSTOMER.ID, DSL.val(userId), CUSTOMER.KANA_NORM)
                            .from(CUSTOMER)
                            .where(CUSTOMER.ID.eq(customerId)))
                    .execute();
        }
    }

    /** Customers whose kana or one of whose phone numbers equals the given ones (normalised). */
    List<CustomerListItem> sameKanaOrPhone(
            String kanaNorm, Collection<String> phoneDigits, @Nullable Long excludeId, LocalDate today, int limit) {
        Condition same = CUSTOMER.KANA_NORM.eq(kanaNorm);
        if (!phoneDigits.isEmpty()) {
            same = same.or(CUSTOMER.PHONE_DIGITS.in(phoneDigits)).or(CUSTOMER.MOBILE_DIGITS.in(phoneDigits));
        }
        Condition where = excludeId == null ? same : same.and(CUSTOMER.ID.ne(excludeId));
        return search(where, List.of(), today, 0, limit);
    }

    /** An existing customer as an import compares its rows with it. */
    record ImportMatch(
            long id,
            @Nullable String code,
            String kanaNorm,
            @Nullable String phoneDigits,
            @Nullable String mobileDigits,
            @Nullable String addressNorm) {}

    /**
     * The customers with one of these kana (normalised) and one of these phone numbers or addresses, and those with
     * one of these 顧客コード: two indexed look-ups per import batch. A common reading alone would bring back every
     * customer who has it.
     */
    List<ImportMatch> importMatches(
            Collection<String> kanaNorms,
            Collection<String> phoneDigits,
            Collection<String> addressNorms,
            Collection<String> codes) {
        if (kanaNorms.isEmpty() && codes.isEmpty()) {
            return List.of();
        }
        // two look-ups, each on its own index, rather than one OR that the optimizer may answer with a scan
        var byKana = dsl.select(
                        CUSTOMER.ID,
                        CUSTOMER.CODE,
                        CUSTOMER.KANA_NORM,
                        CUSTOMER.PHONE_DIGITS,
                        CUSTOMER.MOBILE_DIGITS,
                        CUSTOMER.ADDRESS_NORM)
                .from(CUSTOMER)
                .where(CUSTOMER.KANA_NORM.in(kanaNorms))
                .and(CUSTOMER.PHONE_DIGITS
                        .in(phoneDigits)
                        .or(CUSTOMER.MOBILE_DIGITS.in(phoneDigits))
                        .or(CUSTOMER.ADDRESS_NORM.in(addressNorms)));
        var byCode = dsl.select(
                        CUSTOMER.ID,
                        CUSTOMER.CODE,
                        CUSTOMER.KANA_NORM,
                        CUSTOMER.PHONE_DIGITS,
                        CUSTOMER.MOBILE_DIGITS,
                        CUSTOMER.ADDRESS_NORM)
                .from(CUSTOMER)
                .where(CUSTOMER.CODE.in(codes));
        return (kanaNorms.isEmpty() ? byCode : codes.isEmpty() ? byKana : byKana.union(byCode))
                .fetch(r -> new ImportMatch(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    /** The customers with any of these 顧客コード or names (as {@link #nameNorm}): one look-up of two indexes. */
    List<CustomerIdentity> identities(Collection<String> codes, Collection<String> nameNorms) {
        if (codes.isEmpty() && nameNorms.isEmpty()) {
            return List.of();
        }
        return dsl.select(
                        CUSTOMER.ID,
                        CUSTOMER.CODE,
                        CUSTOMER.NAME,
                        CUSTOMER.NAME_NORM,
                        CUSTOMER.PHONE_DIGITS,
                        CUSTOMER.MOBILE_DIGITS,
                        CUSTOMER.RANK_ID)
                .from(CUSTOMER)
                .where(CUSTOMER.CODE.in(codes).or(CUSTOMER.NAME_NORM.in(nameNorms)))
                .fetch(Records.mapping(CustomerIdentity::new));
    }

    /** New customers in one statement; their ids in the order of {@code drafts}. */
    List<Long> insertAll(List<CustomerDraft> drafts, long userId, LocalDateTime now) {
        return MultiRowInsert.keys(
                dsl,
                CUSTOMER,
                CUSTOMER.ID,
                drafts.stream().map(draft -> importedValues(draft, userId, now)).toList());
    }

    private static Map<Field<?>, @Nullable Object> importedValues(CustomerDraft draft, long userId, LocalDateTime now) {
        Map<Field<?>, @Nullable Object> values = values(draft);
        values.put(CUSTOMER.CREATED_BY, userId);
        values.put(CUSTOMER.CREATED_AT, now);
        values.put(CUSTOMER.UPDATED_BY, userId);
        values.put(CUSTOMER.UPDATED_AT, now);
        values.put(CUSTOMER.VERSION, 0);
        return values;
    }

    /**
     * An import's update: only the columns the file fills (with their search forms) are written; the version moves
     * on, so a form opened before the import refuses to save over it.
     */
    void updateColumns(long id, CustomerDraft draft, Set<Field<?>> columns, long userId, LocalDateTime now) {
        Map<Field<?>, @Nullable Object> values = values(draft);
        values.keySet().retainAll(columns);
        dsl.update(CUSTOMER)
                .set(values)
                .set(CUSTOMER.UPDATED_BY, userId)
                .set(CUSTOMER.UPDATED_AT, now)
                .set(CUSTOMER.VERSION, CUSTOMER.VERSION.plus(1))
                .where(CUSTOMER.ID.eq(id))
                .execute();
    }

    /** The 担当者 of new customers in one statement, each with the customer's kana as stored. */
    void insertAssignees(Map<Long, CustomerDraft> draftsById) {
        var insert = dsl.insertInto(
                CUSTOMER_ASSIGNEE,
                CUSTOMER_ASSIGNEE.CUSTOMER_ID,
                CUSTOMER_ASSIGNEE.USER_ID,
                CUSTOMER_ASSIGNEE.KANA_NORM);
        boolean any = false;
        for (var entry : draftsById.entrySet()) {
            String kanaNorm = fitted(
                    CUSTOMER.KANA_NORM, SearchText.normalize(entry.getValue().getKana()));
            for (Long userId : entry.getValue().getAssigneeIds()) {
                insert = insert.values(entry.getKey(), userId, kanaNorm);
                any = true;
            }
        }
        if (any) {
            insert.execute();
        }
    }

    java.util.Set<Long> assigneeIds(long customerId) {
        return dsl.select(CUSTOMER_ASSIGNEE.USER_ID)
                .from(CUSTOMER_ASSIGNEE)
                .where(CUSTOMER_ASSIGNEE.CUSTOMER_ID.eq(customerId))
                .fetchSet(CUSTOMER_ASSIGNEE.USER_ID);
    }

    /** Whether another customer than {@code excludeId} has this 顧客コード. */
    boolean codeTaken(String code, @Nullable Long excludeId) {
        Condition same = CUSTOMER.CODE.eq(code);
        return dsl.fetchExists(CUSTOMER, excludeId == null ? same : same.and(CUSTOMER.ID.ne(excludeId)));
    }

    static @Nullable String digitsOrNull(@Nullable String phone) {
        String digits = SearchText.digits(phone);
        return digits.isEmpty() ? null : digits;
    }
}
