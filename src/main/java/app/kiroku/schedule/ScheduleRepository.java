package app.kiroku.schedule;

import static app.kiroku.db.Tables.APP_USER;
import static app.kiroku.db.Tables.NEGOTIATION_CALENDAR;
import static app.kiroku.db.Tables.PROGRESS_FLAG;
import static app.kiroku.db.Tables.SCHEDULE_ENTRY;
import static app.kiroku.db.Tables.SCHEDULE_PARTICIPANT;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.springframework.stereotype.Repository;

@Repository
class ScheduleRepository {

    /** A timed record fills an hour on the calendar. */
    static final long VISIT_MINUTES = 60;

    private final DSLContext dsl;

    ScheduleRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<Long> activeUsersOfDepartment(long departmentId) {
        return dsl.select(APP_USER.ID)
                .from(APP_USER)
                .where(APP_USER.DEPARTMENT_ID.eq(departmentId))
                .and(APP_USER.ACTIVE.isTrue())
                .and(APP_USER.ROLE.in("ADMIN", "STAFF"))
                .fetch(APP_USER.ID);
    }

    /**
     * Records the users handle or whose customers they are 担当者 of, shown in [from, to): one range of
     * {@code negotiation_calendar} per user, which carries all that is shown (migrations V010, V011), so a busy
     * month is read, not searched for.
     */
    List<ScheduleItem> negotiations(Collection<Long> users, LocalDate from, LocalDate to) {
        var k = NEGOTIATION_CALENDAR;
        // one user's rows are distinct already; several users may share a record, with the same shown columns
        var columns = List.<org.jooq.SelectFieldOrAsterisk>of(
                k.NEGOTIATION_ID,
                k.NEGOTIATION_VERSION,
                k.CUSTOMER_NAME,
                k.PROGRESS_ID,
                k.SHOWN_DATE,
                k.SHOWN_TIME,
                k.DONE,
                k.HANDLER_ID);
        Table<?> shown = (users.size() == 1 ? dsl.select(columns) : dsl.selectDistinct(columns))
                .from(k)
                .where(k.USER_ID.in(users))
                .and(k.SHOWN_DATE.ge(from))
                .and(k.SHOWN_DATE.lt(to))
                .asTable("shown");
        var query = dsl.select(
                        shown.field(k.NEGOTIATION_ID),
                        shown.field(k.NEGOTIATION_VERSION),
                        shown.field(k.CUSTOMER_NAME),
                        PROGRESS_FLAG.NAME,
                        shown.field(k.SHOWN_DATE),
                        shown.field(k.SHOWN_TIME),
                        PROGRESS_FLAG.COLOR,
                        shown.field(k.DONE),
                        shown.field(k.HANDLER_ID))
                .from(shown)
                .leftJoin(PROGRESS_FLAG)
                .on(PROGRESS_FLAG.ID.eq(shown.field(k.PROGRESS_ID)))
                // in the index's order by day; the times within a day are put in order below, saving a sort of
                // the wide rows in the database
                .orderBy(shown.field(k.SHOWN_DATE));
        // a busy calendar is thousands of rows: read straight into the items, without a jOOQ record for each
        List<ScheduleItem> items = new ArrayList<>();
        try (ResultSet rows = query.fetchResultSet()) {
            while (rows.next()) {
                items.add(negotiation(rows));
            }
        } catch (SQLException e) {
            throw new DataAccessException("Reading the calendar failed", e);
        }
        items.sort(Comparator.comparing(ScheduleItem::start).thenComparing(item -> !item.allDay()));
        return items;
    }

    private static ScheduleItem negotiation(ResultSet row) throws SQLException {
        LocalDate date = row.getObject(5, LocalDate.class);
        LocalTime time = row.getObject(6, LocalTime.class);
        LocalDateTime start = time == null ? date.atStartOfDay() : date.atTime(time);
        return new ScheduleItem(
                ScheduleItem.Kind.NEGOTIATION,
                row.getLong(1),
                row.getInt(2),
                row.getString(3),
                row.getString(4),
                start,
                time == null ? null : start.plusMinutes(VISIT_MINUTES),
                time == null,
                row.getString(7),
                !row.getBoolean(8),
                row.getLong(9));
    }

    /** Plain entries the users own or take part in, overlapping [from, to). */
    List<ScheduleItem> entries(Collection<Long> users, LocalDate from, LocalDate to) {
        var participating = dsl.select(SCHEDULE_PARTICIPANT.ENTRY_ID)
                .from(SCHEDULE_PARTICIPANT)
                .where(SCHEDULE_PARTICIPANT.USER_ID.in(users));
        return dsl.select(
                        SCHEDULE_ENTRY.ID,
                        SCHEDULE_ENTRY.VERSION,
                        SCHEDULE_ENTRY.TITLE,
                        SCHEDULE_ENTRY.STARTS_AT,
                        SCHEDULE_ENTRY.ENDS_AT,
                        SCHEDULE_ENTRY.ALL_DAY,
                        SCHEDULE_ENTRY.OWNER_ID)
                .from(SCHEDULE_ENTRY)
                .where(SCHEDULE_ENTRY.OWNER_ID.in(users).or(SCHEDULE_ENTRY.ID.in(participating)))
                .and(SCHEDULE_ENTRY.STARTS_AT.lt(to.atStartOfDay()))
                .and(SCHEDULE_ENTRY.ENDS_AT.gt(from.atStartOfDay()))
                .orderBy(SCHEDULE_ENTRY.STARTS_AT)
                .fetch(r -> new ScheduleItem(
                        ScheduleItem.Kind.ENTRY,
                        r.value1(),
                        r.value2(),
                        r.value3(),
                        null,
                        r.value4(),
                        r.value5(),
                        r.value6(),
                        null,
                        false,
                        r.value7()));
    }
}
