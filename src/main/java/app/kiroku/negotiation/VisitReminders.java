package app.kiroku.negotiation;

import app.kiroku.mail.OutgoingMail;
import app.kiroku.mail.ScheduledMail;
import app.kiroku.negotiation.VisitMailRepository.Reminder;
import app.kiroku.shared.jobs.ClusterJobs;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminder mails, at {@code kiroku.reminders.evening} (18:00) and {@code kiroku.reminders.morning} (08:00) in the
 * company's time zone: the evening before, each handler's visits of tomorrow; in the morning, their plans whose 予定日
 * passed without a 対応日. Only to active in-house users who kept reminders on, and only when there is something to
 * list.
 *
 * <p>Once per user, kind and day even when several instances run the job (or it runs again): for each user a
 * {@code reminder_digest} row is inserted, or skipped on its unique key, in the same transaction that queues the mail;
 * only the transaction whose insert counted queues anything.
 */
@Component
class VisitReminders implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(VisitReminders.class);

    private final VisitMailRepository repository;
    private final ScheduledMail outbox;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ClusterJobs jobs;
    private final boolean enabled;
    private final LocalTime evening;
    private final LocalTime morning;
    private final String baseUrl;

    VisitReminders(
            VisitMailRepository repository,
            ScheduledMail outbox,
            PlatformTransactionManager transactions,
            Clock clock,
            ClusterJobs jobs,
            @Value("${kiroku.reminders.enabled:true}") boolean enabled,
            @Value("${kiroku.reminders.evening:18:00}") String evening,
            @Value("${kiroku.reminders.morning:08:00}") String morning,
            @Value("${kiroku.base-url:http://localhost:${server.port:8080}/}") String baseUrl) {
        this.repository = repository;
        this.outbox = outbox;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.jobs = jobs;
        this.enabled = enabled;
        this.evening = LocalTime.parse(evening);
        this.morning = LocalTime.parse(morning);
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (!enabled) {
            return;
        }
        registrar.addCronTask(new CronTask(() -> run(ReminderMail.Kind.EVENING), trigger(evening)));
        registrar.addCronTask(new CronTask(() -> run(ReminderMail.Kind.MORNING), trigger(morning)));
    }

    private CronTrigger trigger(LocalTime at) {
        return new CronTrigger(at.getSecond() + " " + at.getMinute() + " " + at.getHour() + " * * *", clock.getZone());
    }

    private void run(ReminderMail.Kind kind) {
        try {
            // the digest rows already make each mail once; the lock spares the other nodes the same queries
            jobs.runOnce(
                    "reminders-" + kind.name().toLowerCase(java.util.Locale.ROOT),
                    Duration.ofMinutes(30),
                    Duration.ofSeconds(5),
                    () -> {
                        LocalDate today = LocalDate.now(clock);
                        int sent = kind == ReminderMail.Kind.EVENING ? sendEvening(today) : sendMorning(today);
                        log.info("Reminders: {} {} mail(s) queued", sent, kind);
                    });
        } catch (RuntimeException e) {
            // e.g. the database is unreachable: the users without a digest row get theirs at the next run
            log.error("Reminders: the {} run failed", kind, e);
        }
    }

    /** Queues tomorrow's visits for each handler who has not had theirs today; returns the number of mails. */
    int sendEvening(LocalDate today) {
        LocalDate tomorrow = today.plusDays(1);
        return send(
                ReminderMail.Kind.EVENING,
                today,
                tomorrow,
                repository.plannedOn(tomorrow, ReminderMail.Kind.EVENING.name(), today));
    }

    /** Queues each handler's overdue plans, if they have not had them today; returns the number of mails. */
    int sendMorning(LocalDate today) {
        return send(
                ReminderMail.Kind.MORNING, today, today, repository.overdueOn(today, ReminderMail.Kind.MORNING.name()));
    }

    /** Queues each reminder whose digest row this call inserts; the others were queued before, here or elsewhere. */
    int send(ReminderMail.Kind kind, LocalDate today, LocalDate day, List<Reminder> reminders) {
        int sent = 0;
        for (Reminder reminder : reminders) {
            Boolean queued = transaction.execute(status -> queue(kind, today, day, reminder));
            if (Boolean.TRUE.equals(queued)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean queue(ReminderMail.Kind kind, LocalDate today, LocalDate day, Reminder reminder) {
        var to = reminder.to();
        if (!repository.claimDigest(to.id(), kind.name(), today, LocalDateTime.now(clock))) {
            return false;
        }
        var mail = ReminderMail.compose(kind, day, reminder.visits(), baseUrl, to.locale());
        outbox.enqueue(
                List.of(new OutgoingMail(
                        to.id(), Objects.requireNonNull(to.email()), mail.subject(), mail.text(), mail.html(), null)),
                to.id());
        return true;
    }
}
