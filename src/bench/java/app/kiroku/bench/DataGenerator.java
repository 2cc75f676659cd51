package app.kiroku.bench;

import app.kiroku.customer.CustomerDerivedColumns;
import app.kiroku.customer.CustomerSearchKeys;
import app.kiroku.demo.DemoData;
import app.kiroku.demo.DemoVocabulary;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.flywaydb.core.Flyway;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Fills a MariaDB with benchmark-sized data: N customers with Japanese names, kana, phones and addresses, 1–3
 * 担当者 each, and M negotiation records over three years (some customers with none), deterministic by seed.
 * The rows are made by the server itself ({@code INSERT … SELECT} over the built-in {@code seq_1_to_N} tables, with
 * hashes of seed and row number as the dice), so a million customers need no round trip per row.
 *
 * <pre>src/bench/run.sh app.kiroku.bench.DataGenerator \
 *     jdbc:mariadb://127.0.0.1:3306/kiroku_bench root "" 1000000 5000000 42</pre>
 */
public final class DataGenerator {

    /** In-house staff: a large company's sales force, so that 1M customers average ~2,000 per 担当者. */
    static final int STAFF = 1_000;

    private static final int CHUNK = 250_000;

    private final Connection db;
    private final long seed;
    private final LocalDate today;

    DataGenerator(Connection db, long seed, LocalDate today) {
        this.db = db;
        this.seed = seed;
        this.today = today;
    }

    public static void main(String[] args) throws SQLException {
        if (args.length < 5) {
            System.err.println("usage: DataGenerator <jdbc-url> <user> <password> <customers> <records> [seed]");
            System.exit(2);
        }
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        long seed = args.length > 5 ? Long.parseLong(args[5]) : 42;
        generate(args[0], args[1], args[2], Long.parseLong(args[3]), Long.parseLong(args[4]), seed, LocalDate.now());
    }

    /** The schema by Flyway, then the data, with {@code today} as the day the dates are relative to. */
    static void generate(
            String url, String user, String password, long customers, long records, long seed, LocalDate today)
            throws SQLException {
        Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        try (Connection db = DriverManager.getConnection(url, user, password);
                Connection second = DriverManager.getConnection(url, user, password);
                Connection third = DriverManager.getConnection(url, user, password);
                Connection fourth = DriverManager.getConnection(url, user, password)) {
            new DataGenerator(db, seed, today).generate(customers, records, List.of(second, third, fourth));
        }
    }

    /**
     * @param helpers three more connections to the same database: the search keys are made on the first two while
     *                the records go in on this one, and the calendar on the third once they are in, beside the
     *                records' indexes and derived columns. The machine's cores are kept busy, not one statement
     *                after another.
     */
    void generate(long customers, long records, List<Connection> helpers) throws SQLException {
        Instant start = Instant.now();
        try (Statement sql = db.createStatement()) {
            sql.execute("SET SESSION unique_checks = 0");
            sql.execute("SET SESSION foreign_key_checks = 0");
        }
        for (Connection helper : helpers) {
            try (Statement sql = helper.createStatement()) {
                // they only read customers and records that are complete: no locks on what the others write
                sql.execute("SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED");
                sql.execute("SET SESSION unique_checks = 0");
            }
        }
        mastersAndUsers();
        vocabulary();
        List<String> triggers = suspendTriggers();
        try {
            load(customers, records, helpers);
            step("dashboard tallies", () -> {
                exec(app.kiroku.customer.CustomerTallies.REBUILD);
                exec(app.kiroku.negotiation.NegotiationTallies.REBUILD);
            });
        } finally {
            restoreTriggers(triggers);
        }
        try (Statement sql = db.createStatement()) {
            sql.execute("SET SESSION foreign_key_checks = 1");
            sql.execute("DROP TABLE IF EXISTS bench_surname, bench_given, bench_town, bench_sentence");
        }
        // fresh statistics, so the optimizer knows the tables' sizes before the first query (InnoDB would only
        // sample them again later, in the background)
        step(
                "statistics",
                () -> exec("ANALYZE TABLE customer, customer_assignee, customer_search_key, negotiation,"
                        + " negotiation_calendar, app_user"));
        System.out.printf(
                "generated %,d customers and %,d records in %s%n",
                customers, records, Duration.between(start, Instant.now()));
    }

    /**
     * The tables are filled without their indexes (but for the keys the steps read by), which are built afterwards
     * ({@link DeferredIndexes}); the search keys and the calendar go in beside the records and derived columns.
     */
    private void load(long customers, long records, List<Connection> helpers) throws SQLException {
        var customerIndexes = DeferredIndexes.drop(db, "customer", false);
        var assigneeIndexes = DeferredIndexes.drop(db, "customer_assignee", false);
        var recordIndexes = DeferredIndexes.drop(db, "negotiation", false);
        step("customers", () -> customers(customers));
        var keys = async("search keys", () -> searchKeys(helpers.get(0), helpers.get(1), customers));
        step("assignees", () -> assignees(customers));
        step("assignee indexes", assigneeIndexes::rebuild);
        step("records", () -> records(customers, records));
        var calendar = async("calendar", () -> calendar(helpers.get(2)));
        step("record indexes", recordIndexes::rebuild);
        step("derived columns", this::derivedColumns);
        step("customer indexes", customerIndexes::rebuild);
        calendar.join();
        keys.join();
    }

    /**
     * A step on a thread of its own. Not the common pool: on two cores it has one thread, and the steps meant to run
     * side by side would wait for each other.
     */
    private static CompletableFuture<Void> async(String name, Step step) {
        return CompletableFuture.runAsync(
                () -> {
                    try {
                        step(name, step);
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                },
                command -> Thread.ofPlatform().name("generator " + name).start(command));
    }

    private interface Step {
        void run() throws SQLException;
    }

    private static void step(String name, Step step) throws SQLException {
        Instant start = Instant.now();
        step.run();
        System.out.printf(
                "  %-22s %6.1f s%n",
                name, Duration.between(start, Instant.now()).toMillis() / 1000.0);
    }

    /** A die from seed, row and purpose: the same numbers on every run. */
    private String dice(String row, int salt, long sides) {
        return "(CRC32(CONCAT(" + seed + ",'-'," + salt + ",'-'," + row + ")) % " + sides + ")";
    }

    private void mastersAndUsers() throws SQLException {
        try (Statement sql = db.createStatement()) {
            var existing = sql.executeQuery("SELECT COUNT(*) FROM app_user");
            existing.next();
            if (existing.getLong(1) > 0) {
                throw new IllegalStateException("The database already holds users; give the generator an empty one");
            }
            String[][] departments = {{"営業一課"}, {"営業二課"}, {"リフォーム事業部"}, {"工事部"}, {"総務部"}};
            for (int i = 0; i < departments.length; i++) {
                sql.execute("INSERT INTO department (id, name, sort_order) VALUES (" + (i + 1) + ",'"
                        + departments[i][0] + "'," + (i + 1) * 10 + ")");
            }
            String[][] flags = {
                {"初回訪問", "#1e88e5"},
                {"ヒアリング", "#00897b"},
                {"提案中", "#8e24aa"},
                {"見積提出", "#f57c00"},
                {"契約", "#2e7d32"},
                {"失注", "#757575"}
            };
            for (int i = 0; i < flags.length; i++) {
                sql.execute("INSERT INTO progress_flag (id, name, color, sort_order) VALUES (" + (i + 1) + ",'"
                        + flags[i][0] + "','" + flags[i][1] + "'," + (i + 1) * 10 + ")");
            }
            for (int i = 0; i < 3; i++) {
                sql.execute("INSERT INTO customer_rank (id, name, sort_order) VALUES (" + (i + 1) + ",'"
                        + (char) ('A' + i) + "'," + (i + 1) * 10 + ")");
            }
        }
        String hash = new BCryptPasswordEncoder(12).encode(DemoData.DEMO_PASSWORD);
        try (PreparedStatement insert = db.prepareStatement("""
                INSERT INTO app_user (id, login_id, name, kana, email, role, department_id, password_hash,
                                      created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, NOW(3), NOW(3))""")) {
            // user 1 is admin; users 2..STAFF+1 are staff1..staff1000 (staff1 is the very busy one)
            for (int i = 1; i <= STAFF + 1; i++) {
                var surname = DemoVocabulary.SURNAMES.get(i % DemoVocabulary.SURNAMES.size());
                var given = DemoVocabulary.GIVEN_NAMES_MALE.get(i % DemoVocabulary.GIVEN_NAMES_MALE.size());
                String login = i == 1 ? "admin" : "staff" + (i - 1);
                insert.setLong(1, i);
                insert.setString(2, login);
                insert.setString(3, surname.text() + " " + given.text());
                insert.setString(4, surname.kana() + "\u3000" + given.kana());
                insert.setString(5, login + "@kiroku.example.com");
                insert.setString(6, i == 1 ? "ADMIN" : "STAFF");
                insert.setLong(7, 1 + i % 4);
                insert.setString(8, hash);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The curated names and places as small tables the INSERT … SELECTs join by row number. */
    private void vocabulary() throws SQLException {
        try (Statement sql = db.createStatement()) {
            sql.execute(
                    "CREATE OR REPLACE TABLE bench_surname (id INT PRIMARY KEY, text VARCHAR(20), kana VARCHAR(40))");
            sql.execute("CREATE OR REPLACE TABLE bench_given (id INT PRIMARY KEY, text VARCHAR(20), kana VARCHAR(40))");
            sql.execute("CREATE OR REPLACE TABLE bench_town (id INT PRIMARY KEY, postal CHAR(8), place VARCHAR(60),"
                    + " area VARCHAR(6))");
            sql.execute("CREATE OR REPLACE TABLE bench_sentence (id INT PRIMARY KEY, text VARCHAR(200))");
        }
        fill(
                "INSERT INTO bench_surname VALUES (?, ?, ?)",
                DemoVocabulary.SURNAMES.stream()
                        .map(r -> new String[] {r.text(), r.kana()})
                        .toList());
        var given = new java.util.ArrayList<>(DemoVocabulary.GIVEN_NAMES_MALE);
        given.addAll(DemoVocabulary.GIVEN_NAMES_FEMALE);
        fill(
                "INSERT INTO bench_given VALUES (?, ?, ?)",
                given.stream().map(r -> new String[] {r.text(), r.kana()}).toList());
        fill(
                "INSERT INTO bench_town VALUES (?, ?, ?, ?)",
                DemoVocabulary.TOWNS.stream()
                        .map(t -> new String[] {t.postalCode(), t.prefecture() + t.city() + t.town(), t.areaCode()})
                        .toList());
        fill(
                "INSERT INTO bench_sentence VALUES (?, ?)",
                DemoVocabulary.REPORT_SENTENCES.stream()
                        .map(s -> new String[] {s})
                        .toList());
    }

    private void fill(String insertSql, List<String[]> rows) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(insertSql)) {
            for (int i = 0; i < rows.size(); i++) {
                insert.setInt(1, i);
                for (int c = 0; c < rows.get(i).length; c++) {
                    insert.setString(c + 2, rows.get(i)[c]);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private int count(String table) throws SQLException {
        try (Statement sql = db.createStatement();
                var rows = sql.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private void customers(long total) throws SQLException {
        int surnames = count("bench_surname");
        int givens = count("bench_given");
        int towns = count("bench_town");
        for (long from = 1; from <= total; from += CHUNK) {
            long to = Math.min(total, from + CHUNK - 1);
            String row = "s.seq";
            String phone = "CONCAT(t.area, '-', LPAD(" + dice(row, 3, 10_000)
                    + ", 4 - (CHAR_LENGTH(t.area) - 2), '0'), '-', " + "LPAD(" + dice(row, 4, 10_000) + ", 4, '0'))";
            exec("""
                    INSERT INTO customer (id, name, kana, phone, postal_code, address, rank_id, name_norm, kana_norm,
                                          phone_digits, address_norm, created_by, created_at, updated_by, updated_at)
                    SELECT s.seq, CONCAT(n.text, ' ', g.text), CONCAT(n.kana, '　', g.kana), %s, t.postal,
                           CONCAT(t.place, %s + 1, '-', %s + 1, '-', %s + 1),
                           1 + %s, CONCAT(n.text, g.text), CONCAT(n.kana, g.kana), REPLACE(%s, '-', ''),
                           CONCAT(t.place, %s + 1, '-', %s + 1, '-', %s + 1), 1, NOW(3), 1, NOW(3)
                    FROM seq_%d_to_%d s
                    JOIN bench_surname n ON n.id = %s
                    JOIN bench_given g ON g.id = %s
                    JOIN bench_town t ON t.id = %s
                    """.formatted(
                            phone,
                            dice(row, 5, 5),
                            dice(row, 6, 30),
                            dice(row, 7, 20),
                            dice(row, 8, 3),
                            phone,
                            dice(row, 5, 5),
                            dice(row, 6, 30),
                            dice(row, 7, 20),
                            from,
                            to,
                            dice(row, 1, surnames),
                            dice(row, 2, givens),
                            dice(row, 9, towns)));
        }
    }

    /**
     * 1–3 担当者 each; staff1 is 担当者 of about 0.7 % of the customers, three and a half times the average (the very
     * busy user of the benchmarks, ~1,600 calendar entries in five weeks with the records they handle).
     */
    private void assignees(long customers) throws SQLException {
        for (long from = 1; from <= customers; from += CHUNK) {
            long to = Math.min(customers, from + CHUNK - 1);
            for (int k = 0; k < 3; k++) {
                String user = k == 0
                        ? "IF(" + dice("s.seq", 20, 1000) + " < 5, 2, 2 + " + dice("s.seq", 21, STAFF) + ")"
                        : "2 + " + dice("s.seq", 21 + k, STAFF);
                String when = k == 0 ? "TRUE" : dice("s.seq", 30, 3) + " >= " + k;
                exec("INSERT IGNORE INTO customer_assignee (customer_id, user_id, kana_norm) SELECT s.seq, " + user
                        + ", c.kana_norm FROM seq_" + from + "_to_" + to + " s JOIN customer c ON c.id = s.seq WHERE "
                        + when);
            }
        }
    }

    /**
     * Records over three years up to two months ahead; every tenth customer has none. Past ones are mostly done,
     * future ones planned. The handler is one of the staff; staff1 handles about four records in a thousand.
     */
    private void records(long customers, long total) throws SQLException {
        LocalDate first = today.minusYears(3);
        long days = java.time.temporal.ChronoUnit.DAYS.between(first, today.plusDays(60));
        int sentences = count("bench_sentence");
        long withRecords = customers - customers / 10;
        for (long from = 1; from <= total; from += CHUNK) {
            long to = Math.min(total, from + CHUNK - 1);
            String row = "s.seq";
            // customer ids skipping every tenth: the k-th customer with records is k + floor(k / 9)
            String k = "(1 + " + dice(row, 40, withRecords) + ")";
            String customer = "(" + k + " + FLOOR((" + k + " - 1) / 9))";
            String date = "DATE_ADD('" + first + "', INTERVAL " + dice(row, 41, days) + " DAY)";
            String time = "IF(" + dice(row, 42, 10) + " < 2, NULL, MAKETIME(9 + " + dice(row, 43, 9) + ", 30 * "
                    + dice(row, 44, 2) + ", 0))";
            exec("""
                    INSERT INTO negotiation (customer_id, planned_date, planned_time, done_date, done_time, shown_date,
                                             shown_time, handler_id, progress_id, rank_id, department_id, report,
                                             created_by, created_at, updated_by, updated_at)
                    SELECT c, IF(done AND %s < 3, NULL, d), t, IF(done, d, NULL), IF(done, t, NULL), d, t, h,
                           1 + %s, 1 + %s, 1 + h %% 4, IF(done, x.text, NULL), h, NOW(3), h, NOW(3)
                    FROM (SELECT %s AS c, %s AS d, %s AS t, %s AS h, s.seq AS seq,
                                 (%s < '%s' AND %s < 95) AS done
                          FROM seq_%d_to_%d s) r
                    JOIN bench_sentence x ON x.id = %s
                    """.formatted(
                            dice("r.seq", 45, 10),
                            dice("r.seq", 46, 6),
                            dice("r.seq", 47, 3),
                            customer,
                            date,
                            time,
                            handler(row),
                            date,
                            today,
                            dice(row, 49, 100),
                            from,
                            to,
                            dice("r.seq", 50, sentences)));
        }
    }

    private String handler(String row) {
        return "IF(" + dice(row, 51, 1000) + " < 3, 2, 2 + " + dice(row, 48, STAFF) + ")";
    }

    /**
     * The keyword search's keys, made by the same statement the app runs on every save. Random inserts into the keys'
     * primary key (key, kana, customer) would cost most of the generator's time, so the keys go first into a staging
     * table kept in customer order, where a customer's repeated keys fold together, chunk after chunk on two
     * connections; then into the empty {@code customer_search_key} in one statement, which InnoDB loads in bulk
     * (sorted) when unique and foreign key checks are off.
     */
    private static void searchKeys(Connection first, Connection second, long customers) throws SQLException {
        exec(first, """
                CREATE OR REPLACE TABLE bench_search_key (
                    customer_id BIGINT NOT NULL,
                    search_key VARCHAR(4) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
                    kana_norm VARCHAR(100) NOT NULL,
                    PRIMARY KEY (customer_id, search_key)
                ) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci""");
        var nextChunk = new AtomicLong(1);
        var other = async("search keys, 2nd connection", () -> stageSearchKeys(second, nextChunk, customers));
        stageSearchKeys(first, nextChunk, customers);
        other.join();
        exec(
                first,
                "SET SESSION foreign_key_checks = 0",
                "INSERT INTO customer_search_key (search_key, kana_norm, customer_id)"
                        + " SELECT search_key, kana_norm, customer_id FROM bench_search_key",
                "SET SESSION foreign_key_checks = 1",
                "DROP TABLE bench_search_key");
    }

    /** Chunks of customers' keys into the staging table, each chunk taken by whichever connection is free. */
    private static void stageSearchKeys(Connection db, AtomicLong nextChunk, long customers) throws SQLException {
        int chunk = CHUNK / 5;
        try (PreparedStatement insert = db.prepareStatement("INSERT IGNORE INTO bench_search_key"
                + " (search_key, kana_norm, customer_id) " + CustomerSearchKeys.selectForIdRange())) {
            for (long from = nextChunk.getAndAdd(chunk); from <= customers; from = nextChunk.getAndAdd(chunk)) {
                long to = Math.min(customers, from + chunk - 1);
                insert.setLong(1, from);
                insert.setLong(2, to);
                insert.setLong(3, from);
                insert.setLong(4, to);
                insert.executeUpdate();
            }
        }
    }

    /**
     * The database's triggers (those keeping {@code negotiation_calendar} and the dashboard's counts) as the
     * statements that made them, then dropped: a bulk load fills what they keep set-based ({@link #calendar},
     * {@link app.kiroku.customer.CustomerTallies#REBUILD}) instead of row by row.
     */
    private List<String> suspendTriggers() throws SQLException {
        List<String> statements = new java.util.ArrayList<>();
        try (Statement sql = db.createStatement()) {
            List<String> names = new java.util.ArrayList<>();
            try (var rows = sql.executeQuery("SELECT TRIGGER_NAME FROM information_schema.TRIGGERS"
                    + " WHERE TRIGGER_SCHEMA = DATABASE() ORDER BY EVENT_OBJECT_TABLE, ACTION_TIMING,"
                    + " EVENT_MANIPULATION,"
                    + " ACTION_ORDER")) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            for (String name : names) {
                try (var row = sql.executeQuery("SHOW CREATE TRIGGER `" + name + "`")) {
                    row.next();
                    statements.add(row.getString("SQL Original Statement"));
                }
                sql.execute("DROP TRIGGER `" + name + "`");
            }
        }
        return statements;
    }

    private void restoreTriggers(List<String> statements) throws SQLException {
        for (String statement : statements) {
            exec(statement);
        }
    }

    /**
     * Whose calendar shows which record, with what it shows, set-based: what the triggers of migrations V010 and
     * V011 keep row by row.
     */
    private static void calendar(Connection connection) throws SQLException {
        // the records in their own order, each with its customer and then its 担当者: no lookup into the records
        String shown = " n.shown_date, n.id, n.shown_time, c.name, n.progress_id, n.handler_id,"
                + " n.done_date IS NOT NULL, n.version FROM negotiation n JOIN customer c ON c.id = n.customer_id";
        String into = "INSERT INTO negotiation_calendar (user_id, shown_date, negotiation_id, shown_time,"
                + " customer_name, progress_id, handler_id, done, negotiation_version) SELECT STRAIGHT_JOIN ";
        exec(connection, "SET SESSION foreign_key_checks = 0");
        // without its keys, nothing folds a handler who is also a 担当者 into one row: the second pass leaves them out
        var keys = DeferredIndexes.drop(connection, "negotiation_calendar", true);
        exec(
                connection,
                into + "n.handler_id," + shown,
                into + "a.user_id," + shown + " JOIN customer_assignee a ON a.customer_id = n.customer_id"
                        + " WHERE a.user_id <> n.handler_id");
        keys.rebuild();
    }

    /** 現進捗, 次回接触予定日 and 最終対応日 of every customer, by the statement the app runs for one. */
    private void derivedColumns() {
        CustomerDerivedColumns.refreshStatement(DSL.using(db, SQLDialect.MARIADB), today, DSL.trueCondition())
                .execute();
    }

    private void exec(String statement) throws SQLException {
        exec(db, statement);
    }

    /** Runs the statements in turn on the connection. */
    static void exec(Connection connection, String... statements) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            for (String statement : statements) {
                sql.execute(statement);
            }
        }
    }
}
