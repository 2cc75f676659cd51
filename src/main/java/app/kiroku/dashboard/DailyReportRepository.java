package app.kiroku.dashboard;

import static app.kiroku.db.Tables.APP_USER;
import static app.kiroku.db.Tables.CUSTOMER;
import static app.kiroku.db.Tables.NEGOTIATION;
import static app.kiroku.db.Tables.PROGRESS_FLAG;
import static app.kiroku.db.Tables.SCHEDULE_ENTRY;
import static app.kiroku.db.Tables.SCHEDULE_PARTICIPANT;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The reads of a 日報, each one index range: the handler's records of the day, the owner's or joined 予定. */
@Repository
class DailyReportRepository {

    private final DSLContext dsl;

    DailyReportRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<String> name(long userId) {
        return dsl.select(APP_USER.NAME)
                .from(APP_USER)
                .where(APP_USER.ID.eq(userId))
                .fetchOptional(APP_USER.NAME);
    }

    List<DailyReport.Done> done(long userId, LocalDate date) {
        return dsl.select(
                        NEGOTIATION.ID,
                        CUSTOMER.NAME,
                        NEGOTIATION.DONE_TIME,
                        PROGRESS_FLAG.NAME,
                        PROGRESS_FLAG.COLOR,
                        NEGOTIATION.REPORT,
                        NEGOTIATION.REMARKS)
                .from(NEGOTIATION)
                .join(CUSTOMER)
                .on(CUSTOMER.ID.eq(NEGOTIATION.CUSTOMER_ID))
                .leftJoin(PROGRESS_FLAG)
                .on(PROGRESS_FLAG.ID.eq(NEGOTIATION.PROGRESS_ID))
                // a done record sits in the handler's index at its 対応日
                .where(NEGOTIATION.HANDLER_ID.eq(userId))
                .and(NEGOTIATION.SHOWN_DATE.eq(date))
                .and(NEGOTIATION.DONE_DATE.eq(date))
                .orderBy(NEGOTIATION.DONE_TIME.asc().nullsLast(), NEGOTIATION.ID)
                .fetch(r -> new DailyReport.Done(
                        r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7()));
    }

    List<DailyReport.Entry> entries(long userId, LocalDate date) {
        var joined = DSL.select(SCHEDULE_PARTICIPANT.ENTRY_ID)
                .from(SCHEDULE_PARTICIPANT)
                .where(SCHEDULE_PARTICIPANT.USER_ID.eq(userId));
        return dsl.select(
                        SCHEDULE_ENTRY.ID,
                        SCHEDULE_ENTRY.TITLE,
                        SCHEDULE_ENTRY.STARTS_AT,
                        SCHEDULE_ENTRY.ENDS_AT,
                        SCHEDULE_ENTRY.ALL_DAY,
                        SCHEDULE_ENTRY.PLACE,
                        SCHEDULE_ENTRY.MEMO)
                .from(SCHEDULE_ENTRY)
                .where(SCHEDULE_ENTRY.OWNER_ID.eq(userId).or(SCHEDULE_ENTRY.ID.in(joined)))
                .and(SCHEDULE_ENTRY.STARTS_AT.lt(date.plusDays(1).atStartOfDay()))
                .and(SCHEDULE_ENTRY
                        .ENDS_AT
                        .gt(date.atStartOfDay())
                        .or(SCHEDULE_ENTRY.STARTS_AT.ge(date.atStartOfDay())))
                .orderBy(SCHEDULE_ENTRY.ALL_DAY.desc(), SCHEDULE_ENTRY.STARTS_AT, SCHEDULE_ENTRY.ID)
                .fetch(r -> new DailyReport.Entry(
                        r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7()));
    }

    /** The open plans after {@code date} of the customers of these records, soonest first. */
    List<DailyReport.Next> nextPlans(List<Long> recordIds, LocalDate date) {
        if (recordIds.isEmpty()) {
            return List.of();
        }
        var seen = DSL.select(NEGOTIATION.CUSTOMER_ID).from(NEGOTIATION).where(NEGOTIATION.ID.in(recordIds));
        return dsl.select(
                        NEGOTIATION.ID,
                        CUSTOMER.NAME,
                        NEGOTIATION.PLANNED_DATE,
                        NEGOTIATION.PLANNED_TIME,
                        APP_USER.NAME)
                .from(NEGOTIATION)
                .join(CUSTOMER)
                .on(CUSTOMER.ID.eq(NEGOTIATION.CUSTOMER_ID))
                .join(APP_USER)
                .on(APP_USER.ID.eq(NEGOTIATION.HANDLER_ID))
                .where(NEGOTIATION.CUSTOMER_ID.in(seen))
                .and(NEGOTIATION.PLANNED_DATE.gt(date))
                .and(NEGOTIATION.DONE_DATE.isNull())
                .orderBy(
                        NEGOTIATION.PLANNED_DATE, NEGOTIATION.PLANNED_TIME.asc().nullsLast(), NEGOTIATION.ID)
                .fetch(r -> new DailyReport.Next(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }
}
