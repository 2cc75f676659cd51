package app.kiroku.shared.data;

import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.KirokuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The readiness group as the load balancer reads it (over HTTP in {@code TwoNodesIT}, which also checks that nothing
 * else of the actuator is open): the database and a schema this build knows.
 */
@KirokuTest
class HealthEndpointTest {

    @Autowired
    HealthEndpoint health;

    @Autowired
    MigrationsHealthIndicator migrations;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void readinessIsUpWithTheDatabaseAndTheSchemaAndLivenessIsUp() {
        assertThat(health.healthForPath("readiness").getStatus()).isEqualTo(Status.UP);
        assertThat(health.healthForPath("liveness").getStatus()).isEqualTo(Status.UP);
        assertThat(health.healthForPath("readiness", "db").getStatus()).isEqualTo(Status.UP);
        assertThat(health.healthForPath("readiness", "migrations").getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void aSchemaMigratedPastThisBuildMakesTheNodeNotReadyButStillAlive() {
        // as a newer node leaves the schema during a rolling update
        migrationRow(9999, "from a newer build", true);
        try {
            assertThat(migrations.health(false).getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.healthForPath("readiness").getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.healthForPath("liveness").getStatus()).isEqualTo(Status.UP);
        } finally {
            jdbc.update("DELETE FROM flyway_schema_history WHERE installed_rank = 9999");
        }
        assertThat(health.healthForPath("readiness").getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void aFailedMigrationMakesTheNodeNotReady() {
        migrationRow(9998, "failed", false);
        try {
            assertThat(migrations.health(false).getStatus()).isEqualTo(Status.DOWN);
        } finally {
            jdbc.update("DELETE FROM flyway_schema_history WHERE installed_rank = 9998");
        }
        assertThat(migrations.health(false).getStatus()).isEqualTo(Status.UP);
    }

    /** A row of Flyway's history as a migration with this version leaves it. */
    private void migrationRow(int version, String description, boolean success) {
        jdbc.update(
                "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, "
                        + "installed_by, execution_time, success) VALUES (?, ?, ?, 'SQL', ?, 0, 'test', 0, ?)",
                version,
                String.valueOf(version),
                description,
                "V" + version + "__test.sql",
                success);
    }
}
