package app.kiroku.shared.data;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Part of readiness: the database's schema is the one this node was built for. A node is not ready when a migration
 * failed, or when another node with a newer build has migrated the schema past what this one knows (during a
 * rolling update the load balancer then sends users to the new nodes only). One indexed read per check.
 */
@Component("migrations")
class MigrationsHealthIndicator extends AbstractHealthIndicator {

    private final JdbcTemplate jdbc;
    private final String table;
    private final @Nullable MigrationVersion known;

    MigrationsHealthIndicator(JdbcTemplate jdbc, Flyway flyway) {
        super("Schema migration check failed");
        this.jdbc = jdbc;
        this.table = flyway.getConfiguration().getTable();
        MigrationInfo latest = null;
        for (MigrationInfo migration : flyway.info().all()) {
            if (migration.getVersion() != null
                    && (latest == null || migration.getVersion().compareTo(latest.getVersion()) > 0)) {
                latest = migration;
            }
        }
        this.known = latest == null ? null : latest.getVersion();
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        try {
            check(health);
        } catch (RuntimeException e) {
            if (!DatabaseFailures.isUnreachable(e)) {
                throw e;
            }
            // the database indicator reports that already; no stack trace every few seconds while it is away
            health.down().withDetail("database", "unreachable");
        }
    }

    private void check(Health.Builder health) {
        Integer failed = jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE success = 0", Integer.class);
        String applied = jdbc.query(
                "SELECT version FROM " + table + " WHERE success = 1 AND version IS NOT NULL "
                        + "ORDER BY installed_rank DESC LIMIT 1",
                rs -> rs.next() ? rs.getString(1) : null);
        MigrationVersion current = applied == null ? null : MigrationVersion.fromVersion(applied);
        boolean upToDate = known == null || (current != null && current.compareTo(known) == 0);
        if ((failed == null || failed == 0) && upToDate) {
            health.up();
        } else {
            health.down()
                    .withDetail("failedMigrations", failed == null ? 0 : failed)
                    .withDetail("schemaVersion", String.valueOf(current))
                    .withDetail("builtFor", String.valueOf(known));
        }
    }
}
