package app.kiroku.customer;

import app.kiroku.shared.data.DatabaseFailures;
import app.kiroku.shared.jobs.ClusterJobs;
import java.time.Duration;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves the changes the triggers append to {@code customer_tally_change} into {@code customer_tally} (V020), on one
 * node at a time, every few seconds ({@code kiroku.customer.tally-fold-interval}), so that readers add only a handful
 * of changes to the counts.
 */
@Component
public class CustomerTallyFold {

    static final String JOB = "customer-tally-fold";

    private static final Logger log = LoggerFactory.getLogger(CustomerTallyFold.class);

    private final DSLContext dsl;
    private final ClusterJobs jobs;

    CustomerTallyFold(DSLContext dsl, ClusterJobs jobs) {
        this.dsl = dsl;
        this.jobs = jobs;
    }

    @Scheduled(
            initialDelayString = "${kiroku.customer.tally-fold-interval:5s}",
            fixedDelayString = "${kiroku.customer.tally-fold-interval:5s}")
    void scheduled() {
        try {
            jobs.runOnce(JOB, Duration.ofMinutes(5), Duration.ZERO, this::fold);
        } catch (RuntimeException e) {
            if (DatabaseFailures.isUnreachable(e)) {
                log.debug("Customer tally fold: database unreachable; the next run catches up");
            } else {
                log.error("Customer tally fold failed", e);
            }
        }
    }

    /**
     * Folds every change committed so far and returns how many there were. Read committed, so that it takes no gap
     * locks and the saves appending new changes meanwhile never wait for it.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public int fold() {
        Object newest = dsl.fetchValue("SELECT MAX(id) FROM customer_tally_change");
        if (newest == null) {
            return 0;
        }
        long last = ((Number) newest).longValue();
        // a locking read waits for any transaction still open with a change below `last`, so none is left behind
        int changes = ((Number)
                        dsl.fetchValue("SELECT COUNT(*) FROM customer_tally_change WHERE id <= ? FOR UPDATE", last))
                .intValue();
        dsl.execute("""
                INSERT INTO customer_tally (scope_kind, scope_id, progress_id, contact_date, customers)
                SELECT scope_kind, scope_id, progress_id, contact_date, SUM(change_count)
                FROM customer_tally_change WHERE id <= ?
                GROUP BY scope_kind, scope_id, progress_id, contact_date
                ON DUPLICATE KEY UPDATE customers = customers + VALUES(customers)""", last);
        dsl.execute("""
                DELETE t FROM customer_tally t JOIN customer_tally_change c
                  ON c.scope_kind = t.scope_kind AND c.scope_id = t.scope_id AND c.progress_id = t.progress_id
                 AND c.contact_date = t.contact_date
                WHERE c.id <= ? AND t.customers = 0""", last);
        dsl.execute("DELETE FROM customer_tally_change WHERE id <= ?", last);
        return changes;
    }
}
