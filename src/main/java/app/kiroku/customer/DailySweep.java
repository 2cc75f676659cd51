package app.kiroku.customer;

import app.kiroku.shared.data.DatabaseFailures;
import app.kiroku.shared.jobs.ClusterJobs;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The nightly sweep of passed 次回接触予定日, once across all nodes: after midnight in the company's time zone, and at
 * start-up to catch up on a night the application was down. {@code kiroku.sweep.cron} moves it.
 */
@Component
class DailySweep {

    static final String JOB = "daily-sweep";

    private static final Logger log = LoggerFactory.getLogger(DailySweep.class);

    private final CustomerDerivedColumns derived;
    private final ClusterJobs jobs;

    DailySweep(CustomerDerivedColumns derived, ClusterJobs jobs) {
        this.derived = derived;
        this.jobs = jobs;
    }

    @Scheduled(cron = "${kiroku.sweep.cron:30 0 0 * * *}", zone = "${kiroku.time-zone:Asia/Tokyo}")
    @EventListener(ApplicationReadyEvent.class)
    void run() {
        try {
            // held at least 5 s: nodes whose schedulers fire a moment apart still make one run of this occurrence
            jobs.runOnce(JOB, Duration.ofMinutes(30), Duration.ofSeconds(5), () -> {
                int moved = derived.sweepPassedContacts();
                log.info("Daily sweep ran on this node: {} customer(s) moved on", moved);
            });
        } catch (RuntimeException e) {
            // the next occurrence, or the next start, catches up
            if (DatabaseFailures.isUnreachable(e)) {
                log.warn("Daily sweep: database unreachable; the next run catches up");
            } else {
                log.error("Daily sweep failed", e);
            }
        }
    }
}
