package app.kiroku.negotiation;

import static app.kiroku.db.Tables.APP_USER;
import static app.kiroku.db.Tables.REMINDER_DIGEST;
import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.KirokuTest;
import app.kiroku.SignIn;
import app.kiroku.SignedInAs;
import app.kiroku.TestClock;
import app.kiroku.customer.CustomerService;
import app.kiroku.mail.ScheduledMail;
import app.kiroku.mail.TestSmtp;
import app.kiroku.shared.jobs.ClusterJobs;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.SimpleTriggerContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Reminder mails: tomorrow's visits the evening before and overdue plans in the morning, once per user and day,
 * only to active in-house users who kept them on and have something to be reminded of.
 */
@KirokuTest
@SignedInAs("staff1")
class VisitReminderTest {

    static final LocalDate TODAY = TestClock.TODAY;
    static final LocalDate TOMORROW = TODAY.plusDays(1);
    static final String REPORT = "外壁の見積を説明。\n奥様も同席。\n次回は色見本を持参。\n駐車は裏の空き地。";
    static final String EMPTY_LOGIN = "reminder-nothing";

    @Autowired
    VisitReminders reminders;

    @Autowired
    VisitMailRepository repository;

    @Autowired
    NegotiationService negotiations;

    @Autowired
    CustomerService customers;

    @Autowired
    UserDetailsService users;

    @Autowired
    DSLContext dsl;

    @Autowired
    ApplicationContext context;

    @Autowired
    Clock clock;

    @Autowired
    ScheduledMail outbox;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ClusterJobs jobs;

    final TestSmtp smtp = new TestSmtp();
    VisitFixture fixture;

    @BeforeEach
    void visits() {
        // only reminders in these tests' outbox, not the invitations for the records made here
        dsl.update(APP_USER).set(APP_USER.VISIT_INVITATIONS, false).execute();
        fixture = VisitFixture.create(dsl, customers, negotiations);
        fixture.done("staff2", TODAY.minusDays(14), REPORT);
        fixture.plan("staff2", TOMORROW, LocalTime.of(10, 30));
        fixture.plan("staff2", TODAY.minusDays(3), LocalTime.of(13, 0));
        fixture.plan("staff3", TOMORROW, LocalTime.of(11, 0));
        fixture.plan("staff3", TODAY.minusDays(2), null);
        fixture.plan("staff4", TOMORROW, LocalTime.of(15, 0));
        fixture.plan("staff4", TODAY.minusDays(2), null);
        // staff3 became a PARTNER and staff4 left since; the demo data's other users are kept out of these tests
        dsl.update(APP_USER)
                .set(APP_USER.ROLE, "PARTNER")
                .where(APP_USER.LOGIN_ID.eq("staff3"))
                .execute();
        dsl.update(APP_USER)
                .set(APP_USER.ACTIVE, false)
                .where(APP_USER.LOGIN_ID.eq("staff4"))
                .execute();
        dsl.update(APP_USER)
                .set(APP_USER.VISIT_REMINDERS, false)
                .where(APP_USER.LOGIN_ID.notIn("staff2", "staff3", "staff4"))
                .execute();
        dsl.insertInto(APP_USER)
                .set(APP_USER.LOGIN_ID, EMPTY_LOGIN)
                .set(APP_USER.NAME, "予定 なし")
                .set(APP_USER.ROLE, "STAFF")
                .set(APP_USER.EMAIL, "nothing@kiroku.example.com")
                .set(APP_USER.PASSWORD_HASH, "-")
                .set(APP_USER.CREATED_AT, LocalDateTime.now(clock))
                .set(APP_USER.UPDATED_AT, LocalDateTime.now(clock))
                .execute();
    }

    @AfterEach
    void cleanUp() {
        smtp.close();
        fixture.remove();
        dsl.deleteFrom(APP_USER).where(APP_USER.LOGIN_ID.eq(EMPTY_LOGIN)).execute();
        dsl.update(APP_USER)
                .set(APP_USER.ROLE, "STAFF")
                .where(APP_USER.LOGIN_ID.eq("staff3"))
                .execute();
        dsl.update(APP_USER)
                .set(APP_USER.ACTIVE, true)
                .where(APP_USER.LOGIN_ID.eq("staff4"))
                .execute();
        dsl.update(APP_USER)
                .set(APP_USER.VISIT_REMINDERS, true)
                .set(APP_USER.VISIT_INVITATIONS, true)
                .execute();
        SignIn.out();
    }

    @Test
    void theEveningMailListsTomorrowsVisitsWithAddressAndLastReportOnce() {
        assertThat(reminders.sendEvening(TODAY)).isEqualTo(1);
        assertThat(reminders.sendEvening(TODAY)).isZero();

        assertThat(fixture.mailsTo("staff2")).hasSize(1);
        assertThat(dsl.fetchCount(
                        REMINDER_DIGEST,
                        REMINDER_DIGEST
                                .KIND
                                .eq("EVENING")
                                .and(REMINDER_DIGEST.DIGEST_DATE.eq(TODAY))
                                .and(REMINDER_DIGEST.USER_ID.eq(MailFixture.userId(dsl, "staff2")))))
                .isEqualTo(1);
        MimeMessage mail = deliveredTo("staff2@kiroku.example.com");
        assertThat(subject(mail)).contains("明日の訪問").contains("2026/11/27");
        String text = TestSmtp.body(mail, "text/plain");
        assertThat(text)
                .contains("10:30")
                .contains(VisitFixture.CUSTOMER_NAME)
                .contains(VisitFixture.ADDRESS)
                .contains("外壁の見積を説明。")
                .contains("次回は色見本を持参。")
                .doesNotContain("駐車は裏の空き地。");
        assertThat(TestSmtp.body(mail, "text/html")).contains(VisitFixture.ADDRESS);
    }

    @Test
    void neitherAPartnerNorAnInactiveUserNorSomeoneWithNothingTomorrowGetsAMail() {
        reminders.sendEvening(TODAY);
        reminders.sendMorning(TODAY);

        assertThat(fixture.mailsTo("staff3")).isEmpty();
        assertThat(fixture.mailsTo("staff4")).isEmpty();
        assertThat(fixture.mailsTo(EMPTY_LOGIN)).isEmpty();
    }

    @Test
    void nothingIsSentToAUserWhoTurnedRemindersOff() {
        dsl.update(APP_USER)
                .set(APP_USER.VISIT_REMINDERS, false)
                .where(APP_USER.LOGIN_ID.eq("staff2"))
                .execute();

        assertThat(reminders.sendEvening(TODAY)).isZero();
        assertThat(reminders.sendMorning(TODAY)).isZero();
        assertThat(fixture.mailsTo("staff2")).isEmpty();
    }

    @Test
    void theMorningMailListsOverduePlansOnce() {
        assertThat(reminders.sendMorning(TODAY)).isEqualTo(1);
        assertThat(reminders.sendMorning(TODAY)).isZero();

        assertThat(fixture.mailsTo("staff2")).hasSize(1);
        MimeMessage mail = deliveredTo("staff2@kiroku.example.com");
        assertThat(subject(mail)).contains("予定日を過ぎた");
        assertThat(TestSmtp.body(mail, "text/plain"))
                .contains(VisitFixture.CUSTOMER_NAME)
                .contains("2026/11/23")
                .contains("13:00");
    }

    @Test
    void aSecondInstanceThatFoundTheSameRemindersQueuesNothing() {
        List<VisitMailRepository.Reminder> found = repository.plannedOn(TOMORROW, "EVENING", TODAY);
        assertThat(found).extracting(r -> r.to().name()).containsExactly("鈴木 美咲");

        assertThat(reminders.sendEvening(TODAY)).isEqualTo(1);
        assertThat(reminders.send(ReminderMail.Kind.EVENING, TODAY, TOMORROW, found))
                .isZero();
        assertThat(fixture.mailsTo("staff2")).hasSize(1);
    }

    @Test
    void theJobsFireAtTheConfiguredTimesInTheCompanysZoneAndRunOnlyWithTheClusterLock() {
        var configured = new VisitReminders(
                repository, outbox, transactions, clock, jobs, true, "18:30", "07:45", "http://kiroku.example.com/");
        var registrar = new ScheduledTaskRegistrar();
        configured.configureTasks(registrar);
        List<CronTask> tasks = registrar.getCronTaskList();
        assertThat(tasks).extracting(CronTask::getExpression).containsExactly("0 30 18 * * *", "0 45 7 * * *");
        var now = new SimpleTriggerContext(clock);
        assertThat(tasks.get(0).getTrigger().nextExecution(now))
                .isEqualTo(TODAY.atTime(18, 30).atZone(TestClock.ZONE).toInstant());
        assertThat(tasks.get(1).getTrigger().nextExecution(now))
                .isEqualTo(TOMORROW.atTime(7, 45).atZone(TestClock.ZONE).toInstant());

        Runnable evening = tasks.get(0).getRunnable();
        dsl.execute("INSERT INTO shedlock (name, lock_until, locked_at, locked_by) "
                + "VALUES ('reminders-evening', NOW(3) + INTERVAL 1 HOUR, NOW(3), 'another-node') "
                + "ON DUPLICATE KEY UPDATE lock_until = NOW(3) + INTERVAL 1 HOUR, locked_by = 'another-node'");
        try {
            evening.run();
            assertThat(fixture.mailsTo("staff2")).isEmpty();

            expireEveningLock();
            evening.run();
            assertThat(fixture.mailsTo("staff2")).hasSize(1);
        } finally {
            expireEveningLock();
        }
    }

    private void expireEveningLock() {
        dsl.execute("UPDATE shedlock SET lock_until = NOW(3) - INTERVAL 1 SECOND WHERE name = 'reminders-evening'");
    }

    private MimeMessage deliveredTo(String address) {
        smtp.start();
        for (int batch = 0; batch < 20 && smtp.deliverDue(context, clock) > 0; batch++) {
            // other tests may have left mail queued
        }
        return smtp.received().stream()
                .filter(m -> sentTo(m, address))
                .findFirst()
                .orElseThrow();
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            var to = message.getRecipients(Message.RecipientType.TO);
            return to != null && to.length == 1 && to[0].toString().contains(address);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
