package app.kiroku.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.customer.CustomerSearchKeys;
import app.kiroku.shared.data.EmbeddedMariaDb;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Keeps the benchmark tools working and true to the app: generates a small data set (10,000 customers, 50,000
 * records) in a database of its own, checks what the generator derived against plain SQL and the app's own
 * triggers, and runs the harness over it. The figures of docs/benchmarks.md come from the full-size run.
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
            Flyway.configure()
                    .dataSource(url, user, password)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            Map<String, String> migratedTriggers;
            try (var connection = DriverManager.getConnection(url, user, password)) {
                migratedTriggers = triggers(connection);
            }
            LocalDate today = LocalDate.now();
            DataGenerator.generate(url, user, password, 10_000, 50_000, 7, today);
            try (var connection = DriverManager.getConnection(url, user, password)) {
                assertThat(single(connection, "SELECT COUNT(*) FROM customer")).isEqualTo(10_000);
                assertThat(single(connection, "SELECT COUNT(*) FROM negotiation"))
                        .isEqualTo(50_000);
                assertThat(triggers(connection))
                        .as("the triggers suspended for the load, as the migrations made them")
                        .isEqualTo(migratedTriggers)
                        .isNotEmpty();
                assertDerivedColumnsAsPlainSqlComputesThem(connection, today);
                assertSearchKeysAsTheAppMakesThem(connection);
                assertTalliesAsPlainSqlCountsThem(connection);
                // last: it fires the triggers of every record
                assertCalendarAsTheTriggersKeepIt(connection);
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
            assertThat(table)
                    .contains("| P1 quick search")
                    .contains("| P2 page")
                    .contains("| P5 five weeks")
                    .contains("| P9 save a record with its audit row")
                    .contains("| P9 save a record and queue its mail")
                    .contains("| P10 dashboard: customers by 現進捗")
                    .contains("| P10 dashboard: plans overdue")
                    .contains("| P11 日報 of staff1's busiest day");
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    /** The app's statement for one customer's 現進捗, 次回接触予定日 and 最終対応日, written here as plain SQL. */
    private static void assertDerivedColumnsAsPlainSqlComputesThem(Connection connection, LocalDate today)
            throws SQLException {
        String expected = """
                SELECT c.id, c.current_progress_id, c.next_contact_date, c.last_contact_date,
                  (SELECT n.progress_id FROM negotiation n WHERE n.customer_id = c.id AND n.done_date IS NOT NULL
                   ORDER BY n.done_date DESC, n.done_time IS NULL, n.done_time DESC, n.id DESC LIMIT 1) AS progress,
                  (SELECT MIN(n.planned_date) FROM negotiation n WHERE n.customer_id = c.id
                   AND n.planned_date >= '%s' AND n.done_date IS NULL) AS next_contact,
                  (SELECT MAX(n.done_date) FROM negotiation n WHERE n.customer_id = c.id) AS last_contact
                FROM customer c""".formatted(today);
        assertThat(single(
                        connection,
                        "SELECT COUNT(*) FROM (" + expected + ") e WHERE NOT ("
                                + "e.current_progress_id <=> e.progress AND e.next_contact_date <=> e.next_contact"
                                + " AND e.last_contact_date <=> e.last_contact)"))
                .as("customers whose derived columns differ from their records")
                .isZero();
        assertThat(single(connection, "SELECT COUNT(*) FROM customer WHERE current_progress_id IS NOT NULL"))
                .isPositive();
        assertThat(single(connection, "SELECT COUNT(*) FROM customer WHERE next_contact_date IS NOT NULL"))
                .isPositive();
    }

    /** The generator's search keys are the set the app makes when it saves each customer. */
    private static void assertSearchKeysAsTheAppMakesThem(Connection connection) throws SQLException {
        assertThat(single(connection, "SELECT COUNT(DISTINCT customer_id) FROM customer_search_key"))
                .isEqualTo(10_000);
        try (var keys = connection.prepareStatement("SELECT (SELECT COUNT(*) FROM customer_search_key),"
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
            assertThat(rows.getLong(1))
                    .as("the generator's search keys, and those the app makes on a save")
                    .isPositive()
                    .isEqualTo(rows.getLong(2))
                    .isEqualTo(rows.getLong(3));
        }
    }

    private static void assertTalliesAsPlainSqlCountsThem(Connection connection) throws SQLException {
        assertThat(single(connection, "SELECT SUM(customers) FROM customer_tally WHERE scope_kind = 'A'"))
                .as("everyone's customers")
                .isEqualTo(single(connection, "SELECT COUNT(*) FROM customer"));
        assertThat(single(connection, "SELECT SUM(customers) FROM customer_tally WHERE scope_kind = 'U'"))
                .as("customers per assignee")
                .isEqualTo(single(connection, "SELECT COUNT(*) FROM customer_assignee"));
        assertThat(single(connection, "SELECT SUM(customers) FROM customer_tally WHERE scope_kind = 'D'"))
                .as("customers per department")
                .isEqualTo(single(
                        connection,
                        "SELECT COUNT(DISTINCT u.department_id, a.customer_id)"
                                + " FROM customer_assignee a JOIN app_user u ON u.id = a.user_id"
                                + " WHERE u.department_id IS NOT NULL"));
        assertThat(single(
                        connection,
                        "SELECT SUM(customers) FROM customer_tally"
                                + " WHERE scope_kind = 'A' AND contact_date = '1000-01-01'"))
                .as("never contacted")
                .isPositive()
                .isEqualTo(single(connection, "SELECT COUNT(*) FROM customer WHERE last_contact_date IS NULL"));
        long openPlans = single(
                connection, "SELECT COUNT(*) FROM negotiation WHERE done_date IS NULL AND planned_date IS NOT NULL");
        assertThat(single(connection, "SELECT SUM(records) FROM negotiation_tally WHERE kind = 'D'"))
                .as("records done")
                .isPositive()
                .isEqualTo(single(connection, "SELECT COUNT(*) FROM negotiation WHERE done_date IS NOT NULL"));
        assertThat(single(connection, "SELECT SUM(records) FROM negotiation_tally WHERE kind = 'O'"))
                .as("open plans by day")
                .isPositive()
                .isEqualTo(openPlans);
        assertThat(single(connection, "SELECT SUM(records) FROM negotiation_tally WHERE kind = 'T'"))
                .as("open plans in all")
                .isEqualTo(openPlans);
    }

    /**
     * The calendar the generator filled set-based, against the one the app's own triggers make: emptied, then every
     * record touched, so that each record's update trigger writes its rows again.
     */
    private static void assertCalendarAsTheTriggersKeepIt(Connection connection) throws SQLException {
        String columns = "user_id, shown_date, negotiation_id, shown_time, customer_name, progress_id, handler_id,"
                + " done, negotiation_version";
        try (var sql = connection.createStatement()) {
            sql.execute(
                    "CREATE TEMPORARY TABLE generated_calendar AS SELECT " + columns + " FROM negotiation_calendar");
            sql.execute("DELETE FROM negotiation_calendar");
            sql.execute("UPDATE negotiation SET version = version");
        }
        long generated = single(connection, "SELECT COUNT(*) FROM generated_calendar");
        assertThat(generated).isGreaterThan(50_000);
        assertThat(single(connection, "SELECT COUNT(*) FROM negotiation_calendar"))
                .isEqualTo(generated);
        assertThat(single(
                        connection,
                        "SELECT COUNT(*) FROM (SELECT " + columns + " FROM generated_calendar EXCEPT" + " SELECT "
                                + columns + " FROM negotiation_calendar) d"))
                .as("calendar rows the generator made but the triggers do not")
                .isZero();
    }

    private static Map<String, String> triggers(Connection connection) throws SQLException {
        Map<String, String> triggers = new TreeMap<>();
        try (var sql = connection.createStatement();
                var rows = sql.executeQuery("SELECT TRIGGER_NAME, ACTION_STATEMENT FROM information_schema.TRIGGERS"
                        + " WHERE TRIGGER_SCHEMA = DATABASE()")) {
            while (rows.next()) {
                triggers.put(rows.getString(1), rows.getString(2));
            }
        }
        return triggers;
    }

    private static long single(Connection connection, String query) throws SQLException {
        try (var sql = connection.createStatement();
                var rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
