package app.kiroku.negotiation;

import static app.kiroku.db.Tables.APP_USER;
import static app.kiroku.db.Tables.CUSTOMER;
import static app.kiroku.db.Tables.CUSTOMER_RANK;
import static app.kiroku.db.Tables.DEPARTMENT;
import static app.kiroku.db.Tables.NEGOTIATION;
import static app.kiroku.db.Tables.NEGOTIATION_CALENDAR;
import static app.kiroku.db.Tables.PROGRESS_FLAG;

import app.kiroku.db.tables.AppUser;
import app.kiroku.shared.data.MultiRowInsert;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record12;
import org.jooq.Record16;
import org.jooq.Records;
import org.jooq.SelectConditionStep;
import org.jooq.SelectLimitStep;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class NegotiationRepository {

    private final DSLContext dsl;

    NegotiationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Records shown on a user's agenda: those they handle and those of customers they are 担当者 of, read from
     * the user's range of {@code negotiation_calendar} (migration V010).
     */
    List<AgendaItem> agenda(long userId, LocalDate from, LocalDate to) {
        Table<?> ids = dsl.select(NEGOTIATION_CALENDAR.NEGOTIATION_ID.as("nid"))
                .from(NEGOTIATION_CALENDAR)
                .where(NEGOTIATION_CALENDAR.USER_ID.eq(userId))
                .and(NEGOTIATION_CALENDAR.SHOWN_DATE.between(from, to))
                .asTable("mine");
        Field<Long> nid = ids.field("nid", Long.class);
        return dsl.select(
                        NEGOTIATION.ID,
                        NEGOTIATION.SHOWN_DATE,
                        NEGOTIATION.SHOWN_TIME,
                        NEGOTIATION.DONE_DATE.isNotNull(),
                        CUSTOMER.NAME,
                        PROGRESS_FLAG.NAME,
                        PROGRESS_FLAG.COLOR,
                        APP_USER.NAME,
                        NEGOTIATION.REPORT)
                .from(ids)
                .join(NEGOTIATION)
                .on(NEGOTIATION.ID.eq(nid))
                .join(CUSTOMER)
                .on(CUSTOMER.ID.eq(NEGOTIATION.CUSTOMER_ID))
                .join(APP_USER)
                .on(APP_USER.ID.eq(NEGOTIATION.HANDLER_ID))
                .leftJoin(PROGRESS_FLAG)
                .on(PROGRESS_FLAG.ID.eq(NEGOTIATION.PROGRESS_ID))
                .orderBy(NEGOTIATION.SHOWN_DATE, NEGOTIATION.SHOWN_TIME.asc().nullsFirst(), NEGOTIATION.ID)
                .fetch(r -> new AgendaItem(
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        r.value4(),
                        r.value5(),
                        r.value6(),
                        r.value7(),
                        r.value8(),
                        Headlines.firstLine(r.value9())));
    }

    /** One customer's records as 見出し, newest first. */
    List<NegotiationHeading> headings(long customerId, int offset, int limit) {
        return headingQuery(NEGOTIATION.CUSTOMER_ID.eq(customerId))
                .orderBy(
                        NEGOTIATION.SHOWN_DATE.desc(),
                        NEGOTIATION.SHOWN_TIME.desc().nullsLast(),
                        NEGOTIATION.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(NegotiationRepository::heading);
    }

    int count(Condition where) {
        return dsl.fetchCount(dsl.selectOne()
                .from(NEGOTIATION)
                .join(CUSTOMER)
                .on(CUSTOMER.ID.eq(NEGOTIATION.CUSTOMER_ID))
                .where(where));
    }

    /** Records of the customers matching {@code customers}: by progress flag order, then newest first. */
    List<NegotiationHeading> ofCustomers(Condition customers, int offset, int limit) {
        return headingQuery(customers)
                .orderBy(
                        PROGRESS_FLAG.SORT_ORDER.asc().nullsLast(),
                        NEGOTIATION.SHOWN_DATE.desc(),
                        NEGOTIATION.SHOWN_TIME.desc().nullsLast(),
                        NEGOTIATION.ID.desc())
                .offset(offset)
                .limit(limit)
                .fetch(NegotiationRepository::heading);
    }

    private SelectConditionStep<
                    Record12<
                            Long,
                            Long,
                            String,
                            LocalDate,
                            LocalTime,
                            Boolean,
                            String,
                            String,
                            String,
                            String,
                            String,
                            String>>
            headingQuery(Condition where) {
        return dsl.select(
                        NEGOTIATION.ID,
                        NEGOTIATION.CUSTOMER_ID,
                        CUSTOMER.NAME,
                        NEGOTIATION.SHOWN_DATE,
                        NEGOTIATION.SHOWN_TIME,
                        NEGOTIATION.DONE_DATE.isNotNull(),
                        PROGRESS_FLAG.NAME,
                        PROGRESS_FLAG.COLOR,
                        APP_USER.NAME,
                        NEGOTIATION.REPORT,
                        NEGOTIATION.REPORT,
                        NEGOTIATION.REMARKS)
                .from(NEGOTIATION)
                .join(CUSTOMER)
                .on(CUSTOMER.ID.eq(NEGOTIATION.CUSTOMER_ID))
                .join(APP_USER)
                .on(APP_USER.ID.eq(NEGOTIATION.HANDLER_ID))
                .leftJoin(PROGRESS_FLAG)
                .on(PROGRESS_FLAG.ID.eq(NEGOTIATION.PROGRESS_ID))
                .where(where);
    }

    private static NegotiationHeading heading(
            Record12<Long, Long, String, LocalDate, LocalTime, Boolean, String, String, String, String, String, String>
                    r) {
        return new NegotiationHeading(
                r.value1(),
                r.value2(),
                r.value3(),
                r.value4(),
                r.value5(),
                r.value6(),
                r.value7(),
                r.value8(),
                r.value9(),
                Headlines.firstLine(r.value10()),
                r.value11(),
                r.value12());
    }

    Optional<NegotiationDetail> detail(long id) {
        AppUser handler = APP_USER.as("handler");
        AppUser creator = APP_USER.as("creator");
        AppUser updater = APP_USER.as("updater");
        return dsl.select(
                        NEGOTIATION.ID,
                        NEGOTIATION.CUSTOMER_ID,
                        CUSTOMER.NAME,
                        CUSTOMER.KANA,
                        NEGOTIATION.PLANNED_DATE,
                        NEGOTIATION.PLANNED_TIME,
                        NEGOTIATION.DONE_DATE,
                        NEGOTIATION.DONE_TIME,
                        NEGOTIATION.HANDLER_ID,
                        handler.NAME,
                        NEGOTIATION.PROGRESS_ID,
                        PROGRESS_FLAG.NAME,
                        PROGRESS_FLAG.COLOR,
                        NEGOTIATION.RANK_ID,
                        CUSTOMER_RANK.NAME,
                        NEGOTIATION.DEPARTMENT_ID,
                        DEPARTMENT.NAME,
                        NEGOTIATION.REPORT,
                        NEGOTIATION.REMARKS,
                        creator.NAME,
                        NEGOTIATION.CREATED_AT,
                        updater.NAME)
                .select(NEGOTIATION.UPDATED_AT, NEGOTIATION.VERSION)
                .from(NEGOTIATION)
                .join(CUSTOMER)
                .on(CUSTOMER.ID.eq(NEGOTIATION.CUSTOMER_ID))
                .join(handler)
                .on(handler.ID.eq(NEGOTIATION.HANDLER_ID))
                .join(creator)
                .on(creator.ID.eq(NEGOTIATION.CREATED_BY))
                .join(updater)
                .on(updater.ID.eq(NEGOTIATION.UPDATED_BY))
                .leftJoin(PROGRESS_FLAG)
                .on(PROGRESS_FLAG.ID.eq(NEGOTIATION.PROGRESS_ID))
                .leftJoin(CUSTOMER_RANK)
                .on(CUSTOMER_RANK.ID.eq(NEGOTIATION.RANK_ID))
                .leftJoin(DEPARTMENT)
                .on(DEPARTMENT.ID.eq(NEGOTIATION.DEPARTMENT_ID))
                .where(NEGOTIATION.ID.eq(id))
                .fetchOptional(r -> new NegotiationDetail(
                        r.get(NEGOTIATION.ID),
                        r.get(NEGOTIATION.CUSTOMER_ID),
                        r.get(CUSTOMER.NAME),
                        r.get(CUSTOMER.KANA),
                        r.get(NEGOTIATION.PLANNED_DATE),
                        r.get(NEGOTIATION.PLANNED_TIME),
                        r.get(NEGOTIATION.DONE_DATE),
                        r.get(NEGOTIATION.DONE_TIME),
                        r.get(NEGOTIATION.HANDLER_ID),
                        r.get(handler.NAME),
                        r.get(NEGOTIATION.PROGRESS_ID),
                        r.get(PROGRESS_FLAG.NAME),
                        r.get(PROGRESS_FLAG.COLOR),
                        r.get(NEGOTIATION.RANK_ID),
                        r.get(CUSTOMER_RANK.NAME),
                        r.get(NEGOTIATION.DEPARTMENT_ID),
                        r.get(DEPARTMENT.NAME),
                        r.get(NEGOTIATION.REPORT),
                        r.get(NEGOTIATION.REMARKS),
                        r.get(creator.NAME),
                        r.get(NEGOTIATION.CREATED_AT),
                        r.get(updater.NAME),
                        r.get(NEGOTIATION.UPDATED_AT),
                        r.get(NEGOTIATION.VERSION)));
    }

    long insert(NegotiationDraft draft, long userId, LocalDateTime now) {
        return dsl.insertInto(NEGOTIATION)
                .set(newValues(draft, userId, now))
                .returningResult(NEGOTIATION.ID)
                .fetchSingle(NEGOTIATION.ID);
    }

    /** New records in one statement (the calendar's triggers fire for each); their ids in the order given. */
    List<Long> insertAll(List<NegotiationDraft> drafts, long userId, LocalDateTime now) {
        return MultiRowInsert.keys(
                dsl,
                NEGOTIATION,
                NEGOTIATION.ID,
                drafts.stream().map(draft -> newValues(draft, userId, now)).toList());
    }

    private static Map<Field<?>, Object> newValues(NegotiationDraft draft, long userId, LocalDateTime now) {
        Map<Field<?>, Object> values = values(draft);
        values.put(NEGOTIATION.CUSTOMER_ID, draft.getCustomerId());
        values.put(NEGOTIATION.CREATED_BY, userId);
        values.put(NEGOTIATION.CREATED_AT, now);
        values.put(NEGOTIATION.UPDATED_BY, userId);
        values.put(NEGOTIATION.UPDATED_AT, now);
        values.put(NEGOTIATION.VERSION, 0);
        return values;
    }

    /** Where a stored record sits and who handled it: what an imported record is compared with. */
    record Placed(
            long customerId,
            LocalDate shownDate,
            @Nullable LocalTime shownTime,
            long handlerId,
            @Nullable String report) {}

    /**
     * The records of these customers on these days, read through the customer's headings index: one look-up for a
     * batch of imported records to find those already stored.
     */
    List<Placed> placed(Collection<Long> customerIds, Collection<LocalDate> shownDates) {
        if (customerIds.isEmpty() || shownDates.isEmpty()) {
            return List.of();
        }
        return dsl.select(
                        NEGOTIATION.CUSTOMER_ID,
                        NEGOTIATION.SHOWN_DATE,
                        NEGOTIATION.SHOWN_TIME,
                        NEGOTIATION.HANDLER_ID,
                        NEGOTIATION.REPORT)
                .from(NEGOTIATION)
                .where(NEGOTIATION.CUSTOMER_ID.in(customerIds))
                .and(NEGOTIATION.SHOWN_DATE.in(shownDates))
                .fetch(Records.mapping(Placed::new));
    }

    /** False when the row is gone or was saved by someone else since {@code version} was read. */
    boolean update(long id, int version, NegotiationDraft draft, long userId, LocalDateTime now) {
        return dsl.update(NEGOTIATION)
                        .set(values(draft))
                        .set(NEGOTIATION.UPDATED_BY, userId)
                        .set(NEGOTIATION.UPDATED_AT, now)
                        .set(NEGOTIATION.VERSION, NEGOTIATION.VERSION.plus(1))
                        .where(NEGOTIATION.ID.eq(id))
                        .and(NEGOTIATION.VERSION.eq(version))
                        .execute()
                == 1;
    }

    boolean delete(long id, int version) {
        return dsl.deleteFrom(NEGOTIATION)
                        .where(NEGOTIATION.ID.eq(id))
                        .and(NEGOTIATION.VERSION.eq(version))
                        .execute()
                == 1;
    }

    /** The editable columns, with the schedule position (対応日 wins over 予定日) derived from them. */
    private static Map<Field<?>, Object> values(NegotiationDraft draft) {
        Map<Field<?>, Object> values = new HashMap<>();
        values.put(NEGOTIATION.PLANNED_DATE, draft.getPlannedDate());
        values.put(NEGOTIATION.PLANNED_TIME, draft.getPlannedTime());
        values.put(NEGOTIATION.DONE_DATE, draft.getDoneDate());
        values.put(NEGOTIATION.DONE_TIME, draft.getDoneTime());
        values.put(NEGOTIATION.SHOWN_DATE, draft.shownDate());
        values.put(NEGOTIATION.SHOWN_TIME, draft.shownTime());
        values.put(NEGOTIATION.HANDLER_ID, draft.getHandlerId());
        values.put(NEGOTIATION.PROGRESS_ID, draft.getProgressId());
        values.put(NEGOTIATION.RANK_ID, draft.getRankId());
        values.put(NEGOTIATION.DEPARTMENT_ID, draft.getDepartmentId());
        values.put(NEGOTIATION.REPORT, draft.getReport());
        values.put(NEGOTIATION.REMARKS, draft.getRemarks());
        return values;
    }

    record LastChange(String userName, LocalDateTime at) {}

    Optional<LastChange> lastChange(long id) {
        return dsl.select(APP_USER.NAME, NEGOTIATION.UPDATED_AT)
                .from(NEGOTIATION)
                .join(APP_USER)
                .on(APP_USER.ID.eq(NEGOTIATION.UPDATED_BY))
                .where(NEGOTIATION.ID.eq(id))
                .fetchOptional(r -> new LastChange(r.value1(), r.value2()));
    }

    Optional<Long> customerRank(long customerId) {
        return dsl.select(CUSTOMER.RANK_ID)
                .from(CUSTOMER)
                .where(CUSTOMER.ID.eq(customerId))
                .fetchOptional(r -> r.value1() == null ? -1L : r.value1());
    }

    List<NegotiationListItem> search(Condition where, List<NegotiationSort.Order> sort, int offset, int limit) {
        return listQuery(where, sort).offset(offset).limit(limit).fetch(NegotiationRepository::listItem);
    }

    Stream<NegotiationListItem> stream(Condition where, List<NegotiationSort.Order> sort) {
        return listQuery(where, sort).fetchSize(500).stream().map(NegotiationRepository::listItem);
    }

    private SelectLimitStep<
                    Record16<
                            Long,
                            LocalDate,
                            LocalTime,
                            Boolean,
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
                            String,
                            String>>
            listQuery(Condition where, List<NegotiationSort.Order> sort) {
        return dsl.select(
                        NEGOTIATION.ID,
                        NEGOTIATION.SHOWN_DATE,
                        NEGOTIATION.SHOWN_TIME,
                        NEGOTIATION.DONE_DATE.isNotNull(),
                        NEGOTIATION.CUSTOMER_ID,
                        CUSTOMER.NAME,
                        CUSTOMER.CODE,
                        DSL.coalesce(CUSTOMER.PHONE, CUSTOMER.MOBILE),
                        APP_USER.NAME,
                        PROGRESS_FLAG.NAME,
                        PROGRESS_FLAG.COLOR,
                        CUSTOMER_RANK.NAME,
                        DEPARTMENT.NAME,
                        NEGOTIATION.REPORT,
                        NEGOTIATION.REPORT,
                        NEGOTIATION.REMARKS)
                .from(NEGOTIATION)
                .join(CUSTOMER)
                .on(CUSTOMER.ID.eq(NEGOTIATION.CUSTOMER_ID))
                .join(APP_USER)
                .on(APP_USER.ID.eq(NEGOTIATION.HANDLER_ID))
                .leftJoin(PROGRESS_FLAG)
                .on(PROGRESS_FLAG.ID.eq(NEGOTIATION.PROGRESS_ID))
                .leftJoin(CUSTOMER_RANK)
                .on(CUSTOMER_RANK.ID.eq(NEGOTIATION.RANK_ID))
                .leftJoin(DEPARTMENT)
                .on(DEPARTMENT.ID.eq(NEGOTIATION.DEPARTMENT_ID))
                .where(where)
                .orderBy(orderBy(sort));
    }

    private static NegotiationListItem listItem(
            Record16<
                            Long,
                            LocalDate,
                            LocalTime,
                            Boolean,
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
                            String,
                            String>
                    r) {
        return new NegotiationListItem(
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
                r.value13(),
                Headlines.firstLine(r.value14()),
                r.value15(),
                r.value16());
    }

    private static List<SortField<?>> orderBy(List<NegotiationSort.Order> sort) {
        List<SortField<?>> fields = new ArrayList<>();
        for (NegotiationSort.Order order : sort) {
            Field<?> field = switch (order.column()) {
                case DATE -> NEGOTIATION.SHOWN_DATE;
                case CUSTOMER -> CUSTOMER.KANA_NORM;
                case HANDLER -> APP_USER.KANA;
                case PROGRESS -> PROGRESS_FLAG.SORT_ORDER;
                case RANK -> CUSTOMER_RANK.SORT_ORDER;
                case DEPARTMENT -> DEPARTMENT.SORT_ORDER;
            };
            fields.add(
                    order.ascending() ? field.asc().nullsLast() : field.desc().nullsLast());
        }
        fields.add(NEGOTIATION.SHOWN_DATE.desc());
        fields.add(NEGOTIATION.SHOWN_TIME.desc().nullsLast());
        fields.add(NEGOTIATION.ID.desc());
        return fields;
    }
}
