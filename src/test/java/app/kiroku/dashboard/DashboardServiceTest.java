package app.kiroku.dashboard;

import static app.kiroku.db.Tables.NEGOTIATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kiroku.KirokuTest;
import app.kiroku.SignIn;
import app.kiroku.TestClock;
import app.kiroku.TestData;
import app.kiroku.customer.CustomerDerivedColumns;
import app.kiroku.customer.CustomerDraft;
import app.kiroku.customer.CustomerService;
import app.kiroku.master.ContactBand;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/** Each panel against a plain SQL count of its own, on the demo data; who may see which numbers. */
@KirokuTest
@Transactional
class DashboardServiceTest {

    static final LocalDate TODAY = TestClock.TODAY;
    /** Customers with an assignee of the department: the department's customers. */
    static final String OF_DEPARTMENT = " EXISTS (SELECT 1 FROM customer_assignee a JOIN app_user u ON u.id = a.user_id"
            + " WHERE a.customer_id = c.id AND u.department_id = ?)";

    @Autowired
    DashboardService dashboard;

    @Autowired
    CustomerService customers;

    @Autowired
    CustomerDerivedColumns derived;

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

    private long department1() {
        return TestData.department(dsl, "営業一課");
    }

    @Test
    void customersByProgressAreThePlainCountsInTheFlagsOrder() {
        SignIn.as(users, "staff1");
        long department = department1();
        List<ProgressCount> counts = dashboard.progress(DashboardScope.department(department));

        List<Long> flagOrder =
                jdbc.queryForList("SELECT id FROM progress_flag WHERE active ORDER BY sort_order, id", Long.class);
        assertThat(counts.stream()
                        .map(ProgressCount::progressId)
                        .filter(java.util.Objects::nonNull)
                        .toList())
                .isEqualTo(flagOrder);
        assertThat(counts.getLast().progressId()).isNull();
        for (ProgressCount count : counts) {
            Integer expected = count.progressId() == null
                    ? jdbc.queryForObject(
                            "SELECT COUNT(*) FROM customer c WHERE c.current_progress_id IS NULL AND" + OF_DEPARTMENT,
                            Integer.class,
                            department)
                    : jdbc.queryForObject(
                            "SELECT COUNT(*) FROM customer c WHERE c.current_progress_id = ? AND" + OF_DEPARTMENT,
                            Integer.class,
                            count.progressId(),
                            department);
            assertThat(count.count()).as(String.valueOf(count.name())).isEqualTo(expected);
            if (count.progressId() != null) {
                assertThat(count.color())
                        .isEqualTo(jdbc.queryForObject(
                                "SELECT color FROM progress_flag WHERE id = ?", String.class, count.progressId()));
            }
        }
        assertThat(counts.stream().mapToInt(ProgressCount::count).sum()).isPositive();

        SignIn.as(users, "admin");
        int everyone = dashboard.progress(DashboardScope.EVERYONE).stream()
                .mapToInt(ProgressCount::count)
                .sum();
        assertThat(everyone).isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM customer", Integer.class));
    }

    @Test
    void customersLeftAloneAreCountedByTheDaysSinceTheirLastDoneRecord() {
        SignIn.as(users, "staff1");
        long department = department1();
        List<BandCount> bands = dashboard.contactAges(DashboardScope.department(department));

        assertThat(bands).extracting(BandCount::band).containsExactly(ContactBand.values());
        assertThat(count(bands, ContactBand.RECENT)).isEqualTo(sinceCount("BETWEEN 0 AND 7", department));
        assertThat(count(bands, ContactBand.AGING)).isEqualTo(sinceCount("BETWEEN 8 AND 30", department));
        assertThat(count(bands, ContactBand.STALE)).isEqualTo(sinceCount("> 30", department));
        assertThat(count(bands, ContactBand.NEVER))
                .isEqualTo(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM customer c WHERE NOT EXISTS (SELECT 1 FROM negotiation n"
                                + " WHERE n.customer_id = c.id AND n.done_date IS NOT NULL) AND" + OF_DEPARTMENT,
                        Integer.class,
                        department));
        assertThat(bands.stream().mapToInt(BandCount::count).sum()).isPositive();
    }

    @Test
    void theThresholdsEdgesFallIntoTheRightBand() {
        SignIn.as(users, "staff1");
        var me = DashboardScope.person(TestData.userId(dsl, "staff1"));
        List<BandCount> before = dashboard.contactAges(me);
        for (int days : List.of(7, 8, 30, 31)) {
            contactedDaysAgo(days);
        }
        List<BandCount> after = dashboard.contactAges(me);

        assertThat(count(after, ContactBand.RECENT) - count(before, ContactBand.RECENT))
                .isEqualTo(1);
        assertThat(count(after, ContactBand.AGING) - count(before, ContactBand.AGING))
                .isEqualTo(2);
        assertThat(count(after, ContactBand.STALE) - count(before, ContactBand.STALE))
                .isEqualTo(1);
        assertThat(count(after, ContactBand.NEVER)).isEqualTo(count(before, ContactBand.NEVER));
    }

    @Test
    void visitsPerPersonAndWeekAreThePlainCountsOfRecordsDone() {
        SignIn.as(users, "staff1");
        long department = department1();
        WeeklyVisits visits = dashboard.visits(DashboardScope.department(department));

        assertThat(visits.weeks()).hasSize(DashboardService.WEEKS);
        assertThat(visits.weeks().getLast()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(visits.people())
                .extracting(WeeklyVisits.Person::userId)
                .containsExactlyInAnyOrderElementsOf(jdbc.queryForList(
                        "SELECT id FROM app_user WHERE department_id = ? AND active"
                                + " AND role IN ('ADMIN', 'STAFF')",
                        Long.class,
                        department));
        int total = 0;
        for (WeeklyVisits.Person person : visits.people()) {
            for (int w = 0; w < visits.weeks().size(); w++) {
                LocalDate start = visits.weeks().get(w);
                Integer expected = jdbc.queryForObject(
                        "SELECT COUNT(*) FROM negotiation WHERE handler_id = ?"
                                + " AND done_date >= ? AND done_date < ?",
                        Integer.class,
                        person.userId(),
                        start,
                        start.plusWeeks(1));
                assertThat(person.counts().get(w))
                        .as(person.name() + " " + start)
                        .isEqualTo(expected);
                total += expected;
            }
        }
        assertThat(total).isPositive();
    }

    @Test
    void plansAheadAndOverdueAreThePlainCountsOfRecordsWithoutDoneDate() {
        SignIn.as(users, "staff1");
        var scope = DashboardScope.department(department1());
        PersonCounts ahead = dashboard.planned(scope);
        PersonCounts overdue = dashboard.overdue(scope);

        assertThat(ahead.from()).isEqualTo(TODAY);
        assertThat(ahead.to()).isEqualTo(TODAY.plusDays(13));
        assertThat(overdue.from()).isNull();
        assertThat(overdue.to()).isEqualTo(TODAY.minusDays(1));
        for (PersonCount person : ahead.people()) {
            assertThat(person.count())
                    .as(person.name())
                    .isEqualTo(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM negotiation WHERE handler_id = ? AND done_date IS NULL"
                                    + " AND planned_date BETWEEN ? AND ?",
                            Integer.class,
                            person.userId(),
                            TODAY,
                            TODAY.plusDays(13)));
        }
        for (PersonCount person : overdue.people()) {
            assertThat(person.count())
                    .as(person.name())
                    .isEqualTo(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM negotiation WHERE handler_id = ? AND done_date IS NULL"
                                    + " AND planned_date < ?",
                            Integer.class,
                            person.userId(),
                            TODAY));
        }
        assertThat(ahead.total()).isPositive();

        // a plan that passes without 対応日 moves from ahead to overdue
        long staff1 = TestData.userId(dsl, "staff1");
        int overdueBefore = countOf(overdue, staff1);
        plan(staff1, TODAY.minusDays(1));
        plan(staff1, TODAY);
        assertThat(countOf(dashboard.overdue(scope), staff1)).isEqualTo(overdueBefore + 1);
        assertThat(countOf(dashboard.planned(scope), staff1)).isEqualTo(countOf(ahead, staff1) + 1);
    }

    @Test
    void staffSeeThemselvesAndTheirDepartmentOnly() {
        SignIn.as(users, "staff1");
        long staff1 = TestData.userId(dsl, "staff1");
        assertThat(dashboard.scopes())
                .extracting(ScopeChoice::scope)
                .containsExactly(DashboardScope.department(department1()), DashboardScope.person(staff1));

        var otherDepartment = DashboardScope.department(TestData.department(dsl, "営業二課"));
        var otherPerson = DashboardScope.person(TestData.userId(dsl, "staff2"));
        for (DashboardScope refused : List.of(otherDepartment, otherPerson, DashboardScope.EVERYONE)) {
            everyPanel(panel -> assertThatThrownBy(() -> panel.accept(refused))
                    .as(refused.toString())
                    .isInstanceOf(AccessDeniedException.class));
        }
        everyPanel(panel -> panel.accept(DashboardScope.person(staff1)));
    }

    @Test
    void adminsChooseAnyDepartmentOrEveryone() {
        SignIn.as(users, "admin");
        List<DashboardScope> scopes =
                dashboard.scopes().stream().map(ScopeChoice::scope).toList();
        assertThat(scopes.getFirst()).isEqualTo(DashboardScope.EVERYONE);
        assertThat(scopes).contains(DashboardScope.department(TestData.department(dsl, "営業二課")));
        everyPanel(panel -> panel.accept(DashboardScope.department(TestData.department(dsl, "営業二課"))));
        int everyoneOverdue = dashboard.overdue(DashboardScope.EVERYONE).total();
        assertThat(everyoneOverdue)
                .isEqualTo(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM negotiation n"
                                + " JOIN app_user u ON u.id = n.handler_id WHERE u.active AND u.role IN"
                                + " ('ADMIN', 'STAFF')"
                                + " AND n.done_date IS NULL AND n.planned_date < ?",
                        Integer.class,
                        TODAY));
    }

    @Test
    void partnersGetNothing() {
        SignIn.as(users, "partner1");
        assertThatThrownBy(() -> dashboard.scopes()).isInstanceOf(AccessDeniedException.class);
        everyPanel(panel -> assertThatThrownBy(() -> panel.accept(DashboardScope.EVERYONE))
                .isInstanceOf(AccessDeniedException.class));
    }

    private void everyPanel(Consumer<Consumer<DashboardScope>> check) {
        check.accept(dashboard::progress);
        check.accept(dashboard::contactAges);
        check.accept(dashboard::visits);
        check.accept(dashboard::planned);
        check.accept(dashboard::overdue);
    }

    private Integer sinceCount(String days, long department) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM customer c WHERE DATEDIFF(?, (SELECT MAX(n.done_date)"
                        + " FROM negotiation n WHERE n.customer_id = c.id)) " + days + " AND" + OF_DEPARTMENT,
                Integer.class,
                TODAY,
                department);
    }

    private static int count(List<BandCount> bands, ContactBand band) {
        return bands.stream()
                .filter(b -> b.band() == band)
                .findFirst()
                .orElseThrow()
                .count();
    }

    private static int countOf(PersonCounts counts, long userId) {
        return counts.people().stream()
                .filter(p -> p.userId() == userId)
                .findFirst()
                .orElseThrow()
                .count();
    }

    private void contactedDaysAgo(int days) {
        var draft = new CustomerDraft();
        draft.setName("境界 " + days + "日");
        draft.setKana("キョウカイ");
        long staff1 = TestData.userId(dsl, "staff1");
        draft.setAssigneeIds(java.util.Set.of(staff1));
        long id = customers.create(draft);
        record(id, staff1, null, TODAY.minusDays(days));
        derived.refresh(id);
    }

    private void plan(long handler, LocalDate planned) {
        var draft = new CustomerDraft();
        draft.setName("予定 " + planned);
        draft.setKana("ヨテイ");
        record(customers.create(draft), handler, planned, null);
    }

    private void record(long customerId, long handler, @Nullable LocalDate planned, @Nullable LocalDate done) {
        var now = TODAY.atTime(9, 0);
        dsl.insertInto(NEGOTIATION)
                .set(NEGOTIATION.CUSTOMER_ID, customerId)
                .set(NEGOTIATION.HANDLER_ID, handler)
                .set(NEGOTIATION.PLANNED_DATE, planned)
                .set(NEGOTIATION.DONE_DATE, done)
                .set(NEGOTIATION.SHOWN_DATE, done != null ? done : planned)
                .set(NEGOTIATION.CREATED_BY, handler)
                .set(NEGOTIATION.CREATED_AT, now)
                .set(NEGOTIATION.UPDATED_BY, handler)
                .set(NEGOTIATION.UPDATED_AT, now)
                .execute();
    }
}
