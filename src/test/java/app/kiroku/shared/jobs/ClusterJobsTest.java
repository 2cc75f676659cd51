package app.kiroku.shared.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.KirokuTest;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Two "nodes" (two lock executors, each with its own connections) on the one MariaDB of the test. */
@KirokuTest
class ClusterJobsTest {

    private static final String JOB = "test-job";

    @Autowired
    JdbcTemplate jdbc;

    private ClusterJobs nodeA;
    private ClusterJobs nodeB;

    @BeforeEach
    void twoNodes() {
        jdbc.update("DELETE FROM shedlock WHERE name = ?", JOB);
        nodeA = new ClusterJobs(jdbc);
        nodeB = new ClusterJobs(jdbc);
    }

    @Test
    void whileOneNodeRunsTheJobTheOtherSkipsIt() throws Exception {
        var started = new CountDownLatch(1);
        var finish = new CountDownLatch(1);
        var runs = new AtomicInteger();
        var onA = CompletableFuture.supplyAsync(() -> nodeA.runOnce(JOB, Duration.ofMinutes(1), Duration.ZERO, () -> {
            runs.incrementAndGet();
            started.countDown();
            await(finish);
        }));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        boolean ranOnB = nodeB.runOnce(JOB, Duration.ofMinutes(1), Duration.ZERO, runs::incrementAndGet);
        finish.countDown();

        assertThat(ranOnB).isFalse();
        assertThat(onA.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(runs).hasValue(1);
        // released at once (no minimum): the next occurrence may run anywhere
        assertThat(nodeB.runOnce(JOB, Duration.ofMinutes(1), Duration.ZERO, runs::incrementAndGet))
                .isTrue();
        assertThat(runs).hasValue(2);
    }

    @Test
    void aNodeFiringAMomentLaterDoesNotRunTheSameOccurrenceAgain() {
        var runs = new AtomicInteger();
        assertThat(nodeA.runOnce(JOB, Duration.ofMinutes(1), Duration.ofSeconds(30), runs::incrementAndGet))
                .isTrue();
        assertThat(nodeB.runOnce(JOB, Duration.ofMinutes(1), Duration.ofSeconds(30), runs::incrementAndGet))
                .isFalse();
        assertThat(runs).hasValue(1);
    }

    @Test
    void aLockLeftByANodeThatDiedNoLongerBlocksOnceItsLongestRunIsOver() {
        // as a node killed mid-run leaves it: held by someone else, its lock_until already passed
        jdbc.update(
                "INSERT INTO shedlock (name, lock_until, locked_at, locked_by) "
                        + "VALUES (?, NOW(3) - INTERVAL 1 SECOND, NOW(3) - INTERVAL 1 HOUR, 'a-node-that-died')",
                JOB);
        var runs = new AtomicInteger();
        assertThat(nodeB.runOnce(JOB, Duration.ofMinutes(1), Duration.ZERO, runs::incrementAndGet))
                .isTrue();
        assertThat(runs).hasValue(1);

        jdbc.update(
                "UPDATE shedlock SET lock_until = NOW(3) + INTERVAL 1 HOUR, locked_by = 'a-live-node' "
                        + "WHERE name = ?",
                JOB);
        assertThat(nodeA.runOnce(JOB, Duration.ofMinutes(1), Duration.ZERO, runs::incrementAndGet))
                .isFalse();
        assertThat(runs).hasValue(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
