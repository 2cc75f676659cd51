package app.kiroku.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A database of a test's own on the MariaDB server the suite was given ({@code SPRING_DATASOURCE_URL}, else the
 * machine's 127.0.0.1:3306), created fresh and dropped afterwards; for jars that must not run the embedded server
 * (a killed JVM would leave it behind, two nodes must share one).
 */
final class ExternalDatabase implements AutoCloseable {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    final String host;
    final int port;
    final String name;
    final String user = env("SPRING_DATASOURCE_USERNAME", "root");
    final String password = env("SPRING_DATASOURCE_PASSWORD", "");

    private ExternalDatabase(String suffix) {
        String url = env("SPRING_DATASOURCE_URL", "jdbc:mariadb://127.0.0.1:3306/kiroku");
        String rest = url.substring("jdbc:mariadb://".length());
        int slash = rest.indexOf('/');
        String hostPort = slash < 0 ? rest : rest.substring(0, slash);
        String path = slash < 0 ? "" : rest.substring(slash + 1).replaceAll("[?;].*", "");
        int colon = hostPort.lastIndexOf(':');
        this.host = colon < 0 ? hostPort : hostPort.substring(0, colon);
        this.port = colon < 0 ? 3306 : Integer.parseInt(hostPort.substring(colon + 1));
        this.name = (path.isBlank() ? "kiroku" : path) + "_" + suffix;
    }

    /** A new, empty database named after the suite's with {@code _suffix}. */
    static ExternalDatabase fresh(String suffix) throws SQLException {
        var database = new ExternalDatabase(suffix);
        try (Connection c = database.server();
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + database.name + "`");
            s.execute("CREATE DATABASE `" + database.name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_as_ci");
        }
        return database;
    }

    /** The JDBC URL of this database, or of the same database reached through another port (a proxy's). */
    String jdbcUrl() {
        return jdbcUrl(port);
    }

    String jdbcUrl(int throughPort) {
        return "jdbc:mariadb://" + host + ":" + throughPort + "/" + name;
    }

    /** The settings a jar needs to use this database. */
    List<String> appArguments(int throughPort) {
        return List.of(
                "--spring.datasource.url=" + jdbcUrl(throughPort),
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password);
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), user, password);
    }

    long count(String sql) throws SQLException {
        try (Connection c = connect();
                var s = c.createStatement();
                var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Waits until {@code sql} counts at least {@code atLeast}, and fails with {@code what} if it never does. */
    void awaitCount(String what, String sql, long atLeast, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        long value = count(sql);
        while (value < atLeast && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            value = count(sql);
        }
        assertThat(value).as(what + " within " + timeout).isGreaterThanOrEqualTo(atLeast);
    }

    /**
     * Queues {@code mails} mails as the outbox service writes them (queued, due now, no attempt yet), to ten
     * mailboxes (GreenMail takes a while to create each one), by a user made for the purpose; returns their ids.
     */
    List<Long> enqueueMails(String label, int mails) throws SQLException {
        LocalDateTime now = LocalDateTime.now(TOKYO);
        List<Long> ids = new ArrayList<>();
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            long creator;
            try (var user = c.prepareStatement("""
                    INSERT INTO app_user (login_id, name, kana, role, password_hash, created_at, updated_at)
                    VALUES (?, ?, 'テスト', 'ADMIN', '{noop}unusable', ?, ?)""", Statement.RETURN_GENERATED_KEYS)) {
                user.setString(1, "mailer-" + label.toLowerCase(java.util.Locale.ROOT));
                user.setString(2, label);
                user.setTimestamp(3, Timestamp.valueOf(now));
                user.setTimestamp(4, Timestamp.valueOf(now));
                user.executeUpdate();
                try (var keys = user.getGeneratedKeys()) {
                    keys.next();
                    creator = keys.getLong(1);
                }
            }
            try (var insert = c.prepareStatement("""
                    INSERT INTO mail_outbox (negotiation_id, recipient_user_id, recipient_email, subject, body_text,
                        body_html, status, attempts, next_attempt_at, created_by, created_at, version)
                    VALUES (NULL, NULL, ?, ?, ?, ?, 'QUEUED', 0, ?, ?, ?, 0)""", Statement.RETURN_GENERATED_KEYS)) {
                for (int i = 1; i <= mails; i++) {
                    insert.setString(
                            1, label.toLowerCase(java.util.Locale.ROOT) + "-" + i % 10 + "@kiroku.example.com");
                    insert.setString(2, subject(label, i));
                    insert.setString(3, label + " 本文 " + i);
                    insert.setString(4, "<p>" + label + " 本文 " + i + "</p>");
                    insert.setTimestamp(5, Timestamp.valueOf(now));
                    insert.setLong(6, creator);
                    insert.setTimestamp(7, Timestamp.valueOf(now));
                    insert.executeUpdate();
                    try (var keys = insert.getGeneratedKeys()) {
                        keys.next();
                        ids.add(keys.getLong(1));
                    }
                }
            }
            c.commit();
        }
        return ids;
    }

    /** The subject of the {@code i}-th mail (from 1) that {@link #enqueueMails} queued under that label. */
    static String subject(String label, int i) {
        return "【商談記録】" + label + " " + i;
    }

    private Connection server() throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://" + host + ":" + port + "/", user, password);
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = server();
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + name + "`");
        }
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null ? otherwise : value;
    }
}
