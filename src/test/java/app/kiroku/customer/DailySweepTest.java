package app.kiroku.customer;

import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.KirokuTest;
import app.kiroku.shared.jobs.ClusterJobs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/** Two nodes' schedulers fire the nightly sweep at the same occurrence: it runs on one of them. */
@KirokuTest
@ExtendWith(OutputCaptureExtension.class)
class DailySweepTest {

    @Autowired
    CustomerDerivedColumns derived;

    @Autowired
    ClusterJobs jobs;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSweepRunsOnceWhenTwoNodesFireIt(CapturedOutput output) {
        // the start-up run of this test's context holds the lock for its minimum: let it pass, as the night before
        jdbc.update("UPDATE shedlock SET lock_until = NOW(3) - INTERVAL 1 SECOND WHERE name = ?", DailySweep.JOB);
        int before = output.getOut().length();
        var nodeA = new DailySweep(derived, jobs);
        var nodeB = new DailySweep(derived, jobs);

        nodeA.run();
        nodeB.run();

        assertThat(output.getOut().substring(before).split("Daily sweep ran on this node", -1))
                .hasSize(2);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM shedlock WHERE name = ? AND lock_until > NOW(3)",
                        Integer.class,
                        DailySweep.JOB))
                .isEqualTo(1);
    }
}
