package app.kiroku.dashboard;

import static app.kiroku.db.Tables.NEGOTIATION;
import static app.kiroku.db.Tables.SCHEDULE_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kiroku.KirokuTest;
import app.kiroku.SignIn;
import app.kiroku.TestClock;
import app.kiroku.TestData;
import app.kiroku.customer.CustomerDraft;
import app.kiroku.customer.CustomerService;
import app.kiroku.user.UserRef;
import java.time.LocalDate;
import java.time.LocalTime;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/** 日報: a person's records of the day in time order, their plain 予定, the next plans; who may read whose day. */
@KirokuTest
@Transactional
class DailyReportServiceTest {

    static final LocalDate DAY = TestClock.TODAY.plusDays(40);

    @Autowired
    DailyReportService reports;

    @Autowired
    CustomerService customers;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DSLContext dsl;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theDayHoldsItsDoneRecordsInTimeOrderTheEntriesAndTheNextPlans() {
        SignIn.as(users, "staff1");
        long staff1 = TestData.userId(dsl, "staff1");
        long staff2 = TestData.userId(dsl, "staff2");
        long early = customer("日報 早い");
        long late = customer("日報 遅い");
        long untimed = customer("日報 時刻なし");
        record(late, staff1, DAY, LocalTime.of(15, 0), "遅い訪問の報告\n二行目", "駐車場あり");
        record(early, staff1, DAY, LocalTime.of(9, 30), "早い訪問の報告", null);
        record(untimed, staff1, DAY, null, null, null);
        record(early, staff2, DAY, LocalTime.of(11, 0), "他の人の報告", null);
        record(early, staff1, DAY.minusDays(1), LocalTime.of(10, 0), "前日の報告", null);
        plan(early, staff1, DAY, LocalTime.of(16, 0));
        plan(late, staff2, DAY.plusDays(3), LocalTime.of(13, 0));
        plan(early, staff1, DAY.plusDays(7), null);
        entry(staff1, "部内会議", DAY.atTime(8, 30), DAY.atTime(9, 0));
        entry(staff1, "翌日の会議", DAY.plusDays(1).atTime(8, 30), DAY.plusDays(1).atTime(9, 0));
        entry(staff2, "他の人の予定", DAY.atTime(8, 30), DAY.atTime(9, 0));

        DailyReport report = reports.report(staff1, DAY);

        assertThat(report.personName()).isEqualTo("佐藤 健一");
        assertThat(report.done())
                .extracting(DailyReport.Done::customerName)
                .containsExactly("日報 早い", "日報 遅い", "日報 時刻なし");
        assertThat(report.done().get(1).report()).isEqualTo("遅い訪問の報告\n二行目");
        assertThat(report.done().get(1).remarks()).isEqualTo("駐車場あり");
        assertThat(report.done().getFirst().progressName()).isEqualTo("提案中");
        assertThat(report.entries()).extracting(DailyReport.Entry::title).containsExactly("部内会議");
        assertThat(report.next())
                .extracting(DailyReport.Next::customerName, DailyReport.Next::date)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("日報 遅い", DAY.plusDays(3)),
                        org.assertj.core.groups.Tuple.tuple("日報 早い", DAY.plusDays(7)));
    }

    @Test
    void aBusyDayOfTheDemoDataHasEveryRecordDoneThatDay() {
        SignIn.as(users, "admin");
        var busiest = jdbc.queryForMap("SELECT handler_id, done_date, COUNT(*) AS n FROM negotiation"
                + " WHERE done_date IS NOT NULL GROUP BY handler_id, done_date ORDER BY n DESC,"
                + " done_date DESC LIMIT 1");
        long handler = ((Number) busiest.get("handler_id")).longValue();
        LocalDate day = ((java.sql.Date) busiest.get("done_date")).toLocalDate();
        DailyReport report = reports.report(handler, day);
        assertThat(report.done()).hasSize(((Number) busiest.get("n")).intValue());
        assertThat(report.done().stream().map(DailyReport.Done::id).toList())
                .containsExactlyInAnyOrderElementsOf(jdbc.queryForList(
                        "SELECT id FROM negotiation WHERE handler_id = ? AND done_date = ?", Long.class, handler, day));
    }

    @Test
    void staffReadTheirDepartmentsDaysOnlyAndPartnersNone() {
        SignIn.as(users, "staff1");
        assertThat(reports.people())
                .extracting(UserRef::id)
                .contains(TestData.userId(dsl, "staff3"))
                .doesNotContain(TestData.userId(dsl, "staff2"));
        reports.report(TestData.userId(dsl, "staff3"), DAY);
        assertThatThrownBy(() -> reports.report(TestData.userId(dsl, "staff2"), DAY))
                .isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, "admin");
        reports.report(TestData.userId(dsl, "staff2"), DAY);

        SignIn.as(users, "partner1");
        long partner = TestData.userId(dsl, "partner1");
        assertThatThrownBy(() -> reports.report(partner, DAY)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.people()).isInstanceOf(AccessDeniedException.class);
    }

    private long customer(String name) {
        var draft = new CustomerDraft();
        draft.setName(name);
        draft.setKana("ニッポウ");
        return customers.create(draft);
    }

    private void record(
            long customerId,
            long handler,
            LocalDate done,
            @Nullable LocalTime time,
            @Nullable String report,
            @Nullable String remarks) {
        insert(customerId, handler, null, null, done, time, report, remarks);
    }

    private void plan(long customerId, long handler, LocalDate planned, @Nullable LocalTime time) {
        insert(customerId, handler, planned, time, null, null, null, null);
    }

    private void insert(
            long customerId,
            long handler,
            @Nullable LocalDate planned,
            @Nullable LocalTime plannedTime,
            @Nullable LocalDate done,
            @Nullable LocalTime doneTime,
            @Nullable String report,
            @Nullable String remarks) {
        var now = TestClock.TODAY.atTime(9, 0);
        dsl.insertInto(NEGOTIATION)
                .set(NEGOTIATION.CUSTOMER_ID, customerId)
                .set(NEGOTIATION.HANDLER_ID, handler)
                .set(NEGOTIATION.PLANNED_DATE, planned)
                .set(NEGOTIATION.PLANNED_TIME, plannedTime)
                .set(NEGOTIATION.DONE_DATE, done)
                .set(NEGOTIATION.DONE_TIME, doneTime)
                .set(NEGOTIATION.SHOWN_DATE, done != null ? done : planned)
                .set(NEGOTIATION.SHOWN_TIME, done != null ? doneTime : plannedTime)
                .set(NEGOTIATION.PROGRESS_ID, done != null ? TestData.flag(dsl, "提案中") : null)
                .set(NEGOTIATION.REPORT, report)
                .set(NEGOTIATION.REMARKS, remarks)
                .set(NEGOTIATION.CREATED_BY, handler)
                .set(NEGOTIATION.CREATED_AT, now)
                .set(NEGOTIATION.UPDATED_BY, handler)
                .set(NEGOTIATION.UPDATED_AT, now)
                .execute();
    }

    private void entry(long owner, String title, java.time.LocalDateTime start, java.time.LocalDateTime end) {
        var now = TestClock.TODAY.atTime(9, 0);
        dsl.insertInto(SCHEDULE_ENTRY)
                .set(SCHEDULE_ENTRY.TITLE, title)
                .set(SCHEDULE_ENTRY.STARTS_AT, start)
                .set(SCHEDULE_ENTRY.ENDS_AT, end)
                .set(SCHEDULE_ENTRY.OWNER_ID, owner)
                .set(SCHEDULE_ENTRY.CREATED_AT, now)
                .set(SCHEDULE_ENTRY.UPDATED_AT, now)
                .execute();
    }
}
