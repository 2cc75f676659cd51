package app.kiroku.negotiation;

import static app.kiroku.db.Tables.APP_USER;
import static app.kiroku.db.Tables.CUSTOMER;
import static app.kiroku.db.Tables.CUSTOMER_ASSIGNEE;
import static app.kiroku.db.Tables.CUSTOMER_RANK;
import static app.kiroku.db.Tables.DEPARTMENT;
import static app.kiroku.db.Tables.NEGOTIATION;
import static app.kiroku.db.Tables.PROGRESS_FLAG;

import app.kiroku.db.tables.AppUser;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.time.LocalTime;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record12;
import org.jooq.SelectConditionStep;
import org.jooq.Field;
import org.jooq.Table;
import org.springframework.stereotype.Repository;

@Repository
class NegotiationRepository {

    private final DSLContext dsl;

    NegotiationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Records shown on a user's agenda: those they handle and those of customers they are 担当者 of. The two
     * index paths are read separately and united, rather than one OR that would scan the date range.
     */
    List<AgendaItem> agenda(long userId, LocalDate from, LocalDate to) {
        Table<?> ids = dsl.select(NEGOTIATION.ID.as("nid"))
                .from(NEGOTIATION)
                .where(NEGOTIATION.HANDLER_ID.eq(userId))
                .and(NEGOTIATION.SHOWN_DATE.between(from, to))
                .union(dsl.select(NEGOTIATION.ID.as("nid"))
                        .from(CUSTOMER_ASSIGNEE)
                        .join(NEGOTIATION).on(NEGOTIATION.CUSTOMER_ID.eq(CUSTOMER_ASSIGNEE.CUSTOMER_ID))
                        .where(CUSTOMER_ASSIGNEE.USER_ID.eq(userId))
                        .and(NEGOTIATION.SHOWN_DATE.between(from, to)))
                .asTable("mine");
        Field<Long> nid = ids.field("nid", Long.class);
        return dsl.select(NEGOTIATION.ID, NEGOTIATION.SHOWN_DATE, NEGOTIATION.SHOWN_TIME,
                        NEGOTIATION.DONE_DATE.isNotNull(), CUSTOMER.NAME, PROGRESS_FLAG.NAME, PROGRESS_FLAG.COLOR,
                        APP_USER.NAME, NEGOTIATION.REPORT)
                .from(ids)
                .join(NEGOTIATION).on(NEGOTIATION.ID.eq(nid))
                .join(CUSTOMER).on(CUSTOMER.ID.eq(NEGOTIATION.CUSTOMER_ID))
                .join(APP_USER).on(APP_USER.ID.eq(NEGOTIATION.HANDLER_ID))
                .leftJoin(PROGRESS_FLAG).on(PROGRESS_FLAG.ID.eq(NEGOTIATION.PROGRESS_ID))
                .orderBy(NEGOTIATION.SHOWN_DATE, NEGOTIATION.SHOWN_TIME.asc().nullsFirst(), NEGOTIATION.ID)
                .fetch(r -> new AgendaItem(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), Headlines.firstLine(r.value9())));
    }

    /** One customer's records as 見出し, newest first. */
    List<NegotiationHeading> headings(long customerId, int offset, int limit) {
        return headingQuery(NEGOTIATION.CUSTOMER_ID.eq(customerId))
                .orderBy(NEGOTIATION.SHOWN_DATE.desc(), NEGOTIATION.SHOWN_TIME.desc().nullsLast(), NEGOTIATION.ID.desc())
                .offset(offset).limit(limit)
                .fetch(NegotiationRepository::heading);
    }

    int count(Condition where) {
        return dsl.fetchCount(dsl.selectOne().from(NEGOTIATION)
                .join(CUSTOMER).on(CUSTOMER.ID.eq(NEGOTIATION.CUSTOMER_ID)).where(where));
    }

    /** Records of the customers matching {@code customers}: by progress flag order, then newest first. */
    List<NegotiationHeading> ofCustomers(Condition customers, int offset, int limit) {
        return headingQuery(customers)
                .orderBy(PROGRESS_FLAG.SORT_ORDER.asc().nullsLast(), NEGOTIATION.SHOWN_DATE.desc(),
                        NEGOTIATION.SHOWN_TIME.desc().nullsLast(), NEGOTIATION.ID.desc())
                .offset(offset).limit(limit)
                .fetch(NegotiationRepository::heading);
    }

    private SelectConditionStep<Record12<Long, Long, String, LocalDate, LocalTime, Boolean, String, String, String,
            String, String, String>> headingQuery(Condition where) {
        return dsl.select(NEGOTIATION.ID, NEGOTIATION.CUSTOMER_ID, CUSTOMER.NAME, NEGOTIATION.SHOWN_DATE,
                        NEGOTIATION.SHOWN_TIME, NEGOTIATION.DONE_DATE.isNotNull(), PROGRESS_FLAG.NAME,
                        PROGRESS_FLAG.COLOR, APP_USER.NAME, NEGOTIATION.REPORT, NEGOTIATION.REPORT, NEGOTIATION.REMARKS)
                .from(NEGOTIATION)
                .join(CUSTOMER).on(CUSTOMER.ID.eq(NEGOTIATION.CUSTOMER_ID))
                .join(APP_USER).on(APP_USER.ID.eq(NEGOTIATION.HANDLER_ID))
                .leftJoin(PROGRESS_FLAG).on(PROGRESS_FLAG.ID.eq(NEGOTIATION.PROGRESS_ID))
                .where(where);
    }

    private static NegotiationHeading heading(Record12<Long, Long, String, LocalDate, LocalTime, Boolean, String,
            String, String, String, String, String> r) {
        return new NegotiationHeading(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                r.value7(), r.value8(), r.value9(), Headlines.firstLine(r.value10()), r.value11(), r.value12());
    }

    Optional<NegotiationDetail> detail(long id) {
        AppUser handler = APP_USER.as("handler");
        AppUser creator = APP_USER.as("creator");
        AppUser updater = APP_USER.as("updater");
        return dsl.select(NEGOTIATION.ID, NEGOTIATION.CUSTOMER_ID, CUSTOMER.NAME, CUSTOMER.KANA,
                        NEGOTIATION.PLANNED_DATE, NEGOTIATION.PLANNED_TIME, NEGOTIATION.DONE_DATE, NEGOTIATION.DONE_TIME,
                        handler.NAME, PROGRESS_FLAG.NAME, PROGRESS_FLAG.COLOR, CUSTOMER_RANK.NAME, DEPARTMENT.NAME,
                        NEGOTIATION.REPORT, NEGOTIATION.REMARKS, creator.NAME, NEGOTIATION.CREATED_AT, updater.NAME,
                        NEGOTIATION.UPDATED_AT, NEGOTIATION.VERSION)
                .from(NEGOTIATION)
                .join(CUSTOMER).on(CUSTOMER.ID.eq(NEGOTIATION.CUSTOMER_ID))
                .join(handler).on(handler.ID.eq(NEGOTIATION.HANDLER_ID))
                .join(creator).on(creator.ID.eq(NEGOTIATION.CREATED_BY))
                .join(updater).on(updater.ID.eq(NEGOTIATION.UPDATED_BY))
                .leftJoin(PROGRESS_FLAG).on(PROGRESS_FLAG.ID.eq(NEGOTIATION.PROGRESS_ID))
                .leftJoin(CUSTOMER_RANK).on(CUSTOMER_RANK.ID.eq(NEGOTIATION.RANK_ID))
                .leftJoin(DEPARTMENT).on(DEPARTMENT.ID.eq(NEGOTIATION.DEPARTMENT_ID))
                .where(NEGOTIATION.ID.eq(id))
                .fetchOptional(r -> new NegotiationDetail(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9(), r.value10(), r.value11(), r.value12(),
                        r.value13(), r.value14(), r.value15(), r.value16(), r.value17(), r.value18(), r.value19(),
                        r.value20()));
    }
}
