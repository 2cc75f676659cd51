package app.kiroku.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.customer.CustomerSearchKeys;
import app.kiroku.shared.data.EmbeddedMariaDb;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;

/**
 * Keeps the benchmark tools working: generates a small data set (10,000 customers, 50,000 records) in a database
 * of its own and runs the harness over it. The figures of docs/benchmarks.md come from the full-size run.
 */
class BenchmarkSmokeTest {

    @Test
    void generatorAndHarnessRunOnASmallDataSet() throws Exception {
        String configured = System.getenv("SPRING_DATASOURCE_URL");
        EmbeddedMariaDb embedded = null;
        String server;
        String user = "root";
        String password = "";
        if (configured != null && !configured.isBlank()) {
            server = configured.substring(0, configured.lastIndexOf('/') + 1);
            user = System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "root");
            password = System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
        } else {
            embedded = EmbeddedMariaDb.start(Path.of("target", "bench-smoke"), "kiroku");
            server = embedded.serverUrl();
            user = embedded.username();
            password = embedded.password();
        }
        try {
            try (var connection = DriverManager.getConnection(server, user, password);
                    var sql = connection.createStatement()) {
                sql.execute("DROP DATABASE IF EXISTS kiroku_bench_smoke");
                sql.execute("CREATE DATABASE kiroku_bench_smoke CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_as_ci");
            }
            String url = server + "kiroku_bench_smoke";
            app.kiroku.demo.DataGenerator.main(new String[] {url, user, password, "10000", "50000", "7"});
            try (var connection = DriverManager.getConnection(url, user, password);
                    var sql = connection.createStatement();
                    var counts = sql.executeQuery("SELECT (SELECT COUNT(*) FROM customer), (SELECT COUNT(*) FROM "
                            + "negotiation), (SELECT COUNT(*) FROM customer WHERE current_progress_id IS NOT NULL), "
                            + "(SELECT COUNT(*) FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE()), "
                            + "(SELECT COUNT(*) FROM negotiation_calendar), (SELECT COUNT(*) FROM (SELECT handler_id, "
                            + "shown_date, id FROM negotiation UNION SELECT a.user_id, n.shown_date, n.id FROM "
                            + "negotiation n JOIN customer_assignee a ON a.customer_id = n.customer_id) t), "
                            + "(SELECT COUNT(DISTINCT customer_id) FROM customer_search_key), "
                            + "(SELECT COUNT(*) FROM negotiation_calendar k JOIN negotiation n ON n.id = k.negotiation_id "
                            + "JOIN customer c ON c.id = n.customer_id WHERE k.customer_name = c.name "
                            + "AND k.negotiation_version = n.version AND k.handler_id = n.handler_id "
                            + "AND k.shown_time <=> n.shown_time AND k.done = (n.done_date IS NOT NULL))")) {
                counts.next();
                assertThat(counts.getLong(1)).isEqualTo(10_000);
                assertThat(counts.getLong(2)).isEqualTo(50_000);
                assertThat(counts.getLong(3)).isGreaterThan(5_000);
                // the triggers suspended for the load are back, and what they keep was filled set-based
                assertThat(counts.getLong(4)).isEqualTo(16);
                assertThat(counts.getLong(5)).isEqualTo(counts.getLong(6));
                assertThat(counts.getLong(7)).isEqualTo(10_000);
                assertThat(counts.getLong(8)).as("calendar rows showing their record as it is").isEqualTo(counts.getLong(5));
            }
            try (var connection = DriverManager.getConnection(url, user, password);
                    var keys = connection.prepareStatement("SELECT (SELECT COUNT(*) FROM customer_search_key),"
                            + " (SELECT COUNT(*) FROM (SELECT search_key, kana_norm, customer_id FROM customer_search_key"
                            + " UNION SELECT * FROM (" + CustomerSearchKeys.selectForIdRange() + ") s) k),"
                            + " (SELECT COUNT(*) FROM (SELECT DISTINCT * FROM (" + CustomerSearchKeys.selectForIdRange()
                            + ") s) k)")) {
                for (int i = 1; i <= 8; i++) {
                    keys.setLong(i, i % 2 == 1 ? 1 : 10_000);
                }
                var rows = keys.executeQuery();
                rows.next();
                // the same set: the union of both is no larger than either
                assertThat(rows.getLong(1)).as("the generator's search keys, and those the app makes on a save")
                        .isPositive().isEqualTo(rows.getLong(2)).isEqualTo(rows.getLong(3));
            }

            try (var connection = DriverManager.getConnection(url, user, password);
                    var sql = connection.createStatement();
                    var tallies = sql.executeQuery("SELECT (SELECT SUM(customers) FROM customer_tally"
                            + " WHERE scope_kind = 'A'), (SELECT COUNT(*) FROM customer),"
                            + " (SELECT SUM(customers) FROM customer_tally WHERE scope_kind = 'U'),"
                            + " (SELECT COUNT(*) FROM customer_assignee),"
                            + " (SELECT SUM(customers) FROM customer_tally WHERE scope_kind = 'D'),"
                            + " (SELECT COUNT(DISTINCT u.department_id, a.customer_id) FROM customer_assignee a"
                            + " JOIN app_user u ON u.id = a.user_id WHERE u.department_id IS NOT NULL),"
                            + " (SELECT SUM(customers) FROM customer_tally WHERE scope_kind = 'A'"
                            + " AND contact_date = '1000-01-01'),"
                            + " (SELECT COUNT(*) FROM customer WHERE last_contact_date IS NULL)")) {
                tallies.next();
                assertThat(tallies.getLong(1)).as("everyone's customers").isEqualTo(tallies.getLong(2));
                assertThat(tallies.getLong(3)).as("customers per assignee").isEqualTo(tallies.getLong(4));
                assertThat(tallies.getLong(5)).as("customers per department").isEqualTo(tallies.getLong(6));
                assertThat(tallies.getLong(7)).as("never contacted").isPositive().isEqualTo(tallies.getLong(8));
            }
            try (var connection = DriverManager.getConnection(url, user, password);
                    var sql = connection.createStatement();
                    var records = sql.executeQuery("SELECT (SELECT SUM(records) FROM negotiation_tally"
                            + " WHERE kind = 'D'), (SELECT COUNT(*) FROM negotiation WHERE done_date IS NOT NULL),"
                            + " (SELECT SUM(records) FROM negotiation_tally WHERE kind = 'O'),"
                            + " (SELECT SUM(records) FROM negotiation_tally WHERE kind = 'T'),"
                            + " (SELECT COUNT(*) FROM negotiation WHERE done_date IS NULL AND planned_date IS NOT NULL)")) {
                records.next();
                assertThat(records.getLong(1)).as("records done").isPositive().isEqualTo(records.getLong(2));
                assertThat(records.getLong(3)).as("open plans by day").isPositive().isEqualTo(records.getLong(5));
                assertThat(records.getLong(4)).as("open plans in all").isEqualTo(records.getLong(5));
            }

            var out = new ByteArrayOutputStream();
            PrintStream original = System.out;
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            try {
                Benchmarks.main(new String[] {url, user, password, "20"});
            } finally {
                System.setOut(original);
            }
            String table = out.toString(StandardCharsets.UTF_8);
            original.println(table);
            assertThat(table).contains("| P1 quick search").contains("| P2 page").contains("| P5 five weeks")
                    .contains("| P9 save a record").contains("| P9 save a record and queue its mail")
                    .contains("| P10 dashboard: customers by 現進捗").contains("| P10 dashboard: plans overdue")
                    .contains("| P11 日報 of staff1's busiest day");
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
