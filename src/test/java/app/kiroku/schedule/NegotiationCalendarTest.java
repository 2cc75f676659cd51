package app.kiroku.schedule;

import static app.kiroku.db.Tables.CUSTOMER;
import static app.kiroku.db.Tables.CUSTOMER_ASSIGNEE;
import static app.kiroku.db.Tables.NEGOTIATION;
import static app.kiroku.db.Tables.NEGOTIATION_CALENDAR;
import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.KirokuTest;
import app.kiroku.TestClock;
import app.kiroku.TestData;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code negotiation_calendar} (migrations V010, V011) holds, after any kind of write to records, assignments or
 * customers, exactly the handler and the 担当者 of every record on its shown day, with what the calendar shows of
 * the record: what the schedule used to work out per query.
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
        long customer = dsl.select(CUSTOMER_ASSIGNEE.CUSTOMER_ID)
                .from(CUSTOMER_ASSIGNEE)
                .where(CUSTOMER_ASSIGNEE.USER_ID.eq(staff1))
                .limit(1)
                .fetchSingle(CUSTOMER_ASSIGNEE.CUSTOMER_ID);
        long record = dsl.select(NEGOTIATION.ID)
                .from(NEGOTIATION)
                .where(NEGOTIATION.CUSTOMER_ID.eq(customer))
                .limit(1)
                .fetchSingle(NEGOTIATION.ID);

        // moved to another day, handed to someone else
        dsl.update(NEGOTIATION)
                .set(NEGOTIATION.SHOWN_DATE, TestClock.TODAY.plusDays(40))
                .set(NEGOTIATION.HANDLER_ID, staff2)
                .where(NEGOTIATION.ID.eq(record))
                .execute();
        assertThat(kept()).isEqualTo(workedOut());
        // a change that moves nothing
        dsl.update(NEGOTIATION)
                .set(NEGOTIATION.REPORT, "変更")
                .where(NEGOTIATION.ID.eq(record))
                .execute();
        assertThat(kept()).isEqualTo(workedOut());
        // a change of what the calendar shows, on the same day
        dsl.update(NEGOTIATION)
                .set(NEGOTIATION.SHOWN_TIME, java.time.LocalTime.of(15, 30))
                .set(NEGOTIATION.DONE_DATE, TestClock.TODAY.plusDays(40))
                .set(NEGOTIATION.VERSION, NEGOTIATION.VERSION.plus(1))
                .where(NEGOTIATION.ID.eq(record))
                .execute();
        assertThat(kept()).isEqualTo(workedOut());
        // the customer's new name
        dsl.update(CUSTOMER)
                .set(CUSTOMER.NAME, "改名 後子")
                .where(CUSTOMER.ID.eq(customer))
                .execute();
        assertThat(kept()).isEqualTo(workedOut()).anyMatch(row -> row.contains("改名 後子"));
        // the customer's 担当者 change
        dsl.deleteFrom(CUSTOMER_ASSIGNEE)
                .where(CUSTOMER_ASSIGNEE.CUSTOMER_ID.eq(customer))
                .execute();
        assertThat(kept()).isEqualTo(workedOut());
        dsl.insertInto(CUSTOMER_ASSIGNEE, CUSTOMER_ASSIGNEE.CUSTOMER_ID, CUSTOMER_ASSIGNEE.USER_ID)
                .values(customer, staff2)
                .execute();
        assertThat(kept()).isEqualTo(workedOut());
        // a record removed
        dsl.deleteFrom(NEGOTIATION).where(NEGOTIATION.ID.eq(record)).execute();
        assertThat(kept()).isEqualTo(workedOut());
        assertThat(dsl.fetchCount(NEGOTIATION_CALENDAR, NEGOTIATION_CALENDAR.NEGOTIATION_ID.eq(record)))
                .isZero();
    }

    /** Every calendar row with its shown columns, as text. */
    private Set<String> kept() {
        var k = NEGOTIATION_CALENDAR;
        return dsl.select(
                        k.USER_ID,
                        k.SHOWN_DATE,
                        k.NEGOTIATION_ID,
                        k.SHOWN_TIME,
                        k.CUSTOMER_NAME,
                        k.PROGRESS_ID,
                        k.HANDLER_ID,
                        k.DONE,
                        k.NEGOTIATION_VERSION)
                .from(k)
                .fetchSet(r -> r.intoList().toString());
    }

    private Set<String> workedOut() {
        var shownBy = DSL.select(NEGOTIATION.HANDLER_ID.as("user_id"), NEGOTIATION.ID.as("nid"))
                .from(NEGOTIATION)
                .union(DSL.select(CUSTOMER_ASSIGNEE.USER_ID, NEGOTIATION.ID)
                        .from(NEGOTIATION)
                        .join(CUSTOMER_ASSIGNEE)
                        .on(CUSTOMER_ASSIGNEE.CUSTOMER_ID.eq(NEGOTIATION.CUSTOMER_ID)))
                .asTable("shown_by");
        return dsl.select(
                        shownBy.field("user_id", Long.class),
                        NEGOTIATION.SHOWN_DATE,
                        NEGOTIATION.ID,
                        NEGOTIATION.SHOWN_TIME,
                        CUSTOMER.NAME,
                        NEGOTIATION.PROGRESS_ID,
                        NEGOTIATION.HANDLER_ID,
                        NEGOTIATION.DONE_DATE.isNotNull(),
                        NEGOTIATION.VERSION)
                .from(shownBy)
                .join(NEGOTIATION)
                .on(NEGOTIATION.ID.eq(shownBy.field("nid", Long.class)))
                .join(CUSTOMER)
                .on(CUSTOMER.ID.eq(NEGOTIATION.CUSTOMER_ID))
                .fetchSet(r -> r.intoList().toString());
    }
}
