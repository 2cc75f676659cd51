package app.kiroku.shared.jobs;

import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs a scheduled job on one node only: every node's scheduler fires, the first to take the job's row in the
 * {@code shedlock} table (V015) runs it, the others skip that run. The lock is held at least {@code atLeastFor}, so
 * a node whose clock fires a little later does not run the same occurrence again, and at most {@code atMostFor},
 * after which a node that died mid-run no longer blocks the job.
 */
@Component
public class ClusterJobs {

    private static final Logger log = LoggerFactory.getLogger(ClusterJobs.class);

    private final LockingTaskExecutor executor;

    ClusterJobs(JdbcTemplate jdbc) {
        this.executor = new DefaultLockingTaskExecutor(
                new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                        .withJdbcTemplate(jdbc)
                        .withTableName("shedlock")
                        .usingDbTime()
                        .build()));
    }

    /** Runs {@code job} unless another node holds its lock; true when it ran here. */
    public boolean runOnce(String name, Duration atMostFor, Duration atLeastFor, Runnable job) {
        LockingTaskExecutor.TaskResult<Void> result;
        try {
            result = executor.executeWithLock(
                    (LockingTaskExecutor.TaskWithResult<Void>) () -> {
                        job.run();
                        return null;
                    },
                    new LockConfiguration(Instant.now(), name, atMostFor, atLeastFor));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable checked) {
            throw new IllegalStateException("Job " + name + " failed", checked);
        }
        if (!result.wasExecuted()) {
            log.debug("Job {}: another node holds its lock, skipped here", name);
        }
        return result.wasExecuted();
    }
}
