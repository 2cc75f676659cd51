package app.kiroku.schedule;

import static app.kiroku.db.Tables.CUSTOMER_ASSIGNEE;
import static app.kiroku.db.Tables.NEGOTIATION;
import static app.kiroku.db.Tables.NEGOTIATION_CALENDAR;
import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.KirokuTest;
import app.kiroku.TestClock;
import app.kiroku.TestData;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code negotiation_calendar} (migration V010) holds, after any kind of write to records or assignments, exactly
 * the handler and the 担当者 of every record on its shown day: what the schedule used to work out per query.
 */
@KirokuTest
@Transactional
class NegotiationCalendarTest {

    @Autowired
    DSLContext dsl;

    @Test
    void theCalendarFollowsEveryWriteToRecordsAndAssignments() {
        assertThat(kept()).isNotEmpty().isEqualTo(workedOut());
        long staff1 = TestData.userId(dsl, "staff1");
        long staff2 = TestData.userId(dsl, "staff2");
        long customer = dsl.select(CUSTOMER_ASSIGNEE.CUSTOMER_ID).from(CUSTOMER_ASSIGNEE)
                .where(CUSTOMER_ASSIGNEE.USER_ID.eq(staff1)).limit(1).fetchSingle(CUSTOMER_ASSIGNEE.CUSTOMER_ID);
        long record = dsl.select(NEGOTIATION.ID).from(NEGOTIATION).where(NEGOTIATION.CUSTOMER_ID.eq(customer))
                .limit(1).fetchSingle(NEGOTIATION.ID);

        // moved to another day, handed to someone else
        dsl.update(NEGOTIATION).set(NEGOTIATION.SHOWN_DATE, TestClock.TODAY.plusDays(40))
                .set(NEGOTIATION.HANDLER_ID, staff2).where(NEGOTIATION.ID.eq(record)).execute();
        assertThat(kept()).isEqualTo(workedOut());
        // a change that moves nothing
        dsl.update(NEGOTIATION).set(NEGOTIATION.REPORT, "変更").where(NEGOTIATION.ID.eq(record)).execute();
        assertThat(kept()).isEqualTo(workedOut());
        // the customer's 担当者 change
        dsl.deleteFrom(CUSTOMER_ASSIGNEE).where(CUSTOMER_ASSIGNEE.CUSTOMER_ID.eq(customer)).execute();
        assertThat(kept()).isEqualTo(workedOut());
        dsl.insertInto(CUSTOMER_ASSIGNEE, CUSTOMER_ASSIGNEE.CUSTOMER_ID, CUSTOMER_ASSIGNEE.USER_ID)
                .values(customer, staff2).execute();
        assertThat(kept()).isEqualTo(workedOut());
        // a record removed
        dsl.deleteFrom(NEGOTIATION).where(NEGOTIATION.ID.eq(record)).execute();
        assertThat(kept()).isEqualTo(workedOut());
        assertThat(dsl.fetchCount(NEGOTIATION_CALENDAR, NEGOTIATION_CALENDAR.NEGOTIATION_ID.eq(record))).isZero();
    }

    private Set<Record3<Long, java.time.LocalDate, Long>> kept() {
        return dsl.select(NEGOTIATION_CALENDAR.USER_ID, NEGOTIATION_CALENDAR.SHOWN_DATE,
                NEGOTIATION_CALENDAR.NEGOTIATION_ID).from(NEGOTIATION_CALENDAR).fetchSet(r -> r);
    }

    private Set<Record3<Long, java.time.LocalDate, Long>> workedOut() {
        return dsl.select(NEGOTIATION.HANDLER_ID, NEGOTIATION.SHOWN_DATE, NEGOTIATION.ID).from(NEGOTIATION)
                .union(DSL.select(CUSTOMER_ASSIGNEE.USER_ID, NEGOTIATION.SHOWN_DATE, NEGOTIATION.ID).from(NEGOTIATION)
                        .join(CUSTOMER_ASSIGNEE).on(CUSTOMER_ASSIGNEE.CUSTOMER_ID.eq(NEGOTIATION.CUSTOMER_ID)))
                .fetchSet(r -> r);
    }
}
