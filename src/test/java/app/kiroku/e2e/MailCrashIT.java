package app.kiroku.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.mail.TestSmtp;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * R2 of issue 8: the SMTP server is down while 1,000 mails wait in the outbox, then comes up, and the app is killed
 * with {@code kill -9} in the middle of the batch and started again: every mail arrives, with at most one duplicate
 * for the one crash (the mail the server had accepted when the process died, before 送信済み was written).
 *
 * <p>The jar runs against a database of its own on the machine's MariaDB (the one the suite was given, with
 * {@code _r2} appended; created fresh here), not its embedded one: a killed JVM would leave the embedded server
 * behind. The outbox rows are written over JDBC as {@code MailOutboxRepository.insert} writes them. The sender is
 * tuned from the command line so that the whole run takes well under two minutes.
 */
class MailCrashIT {

    private static final int MAILS = 1_000;
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final Path DATA = RunningApp.itDir().resolve("data-mail-crash");

    private static final String SERVER_URL;
    private static final String DATABASE;
    private static final String USER = env("SPRING_DATASOURCE_USERNAME", "root");
    private static final String PASSWORD = env("SPRING_DATASOURCE_PASSWORD", "");

    static {
        String url = env("SPRING_DATASOURCE_URL", "jdbc:mariadb://127.0.0.1:3306/kiroku");
        int slash = url.indexOf('/', "jdbc:mariadb://".length());
        String path = slash < 0 ? "kiroku" : url.substring(slash + 1).replaceAll("[?;].*", "");
        SERVER_URL = (slash < 0 ? url : url.substring(0, slash)) + "/";
        DATABASE = (path.isBlank() ? "kiroku" : path) + "_r2";
    }

    private static TestSmtp smtp;
    private static RunningApp app;

    @BeforeAll
    static void freshDatabase() throws Exception {
        FileSystemUtils.deleteRecursively(DATA);
        try (Connection c = DriverManager.getConnection(SERVER_URL, USER, PASSWORD); var s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + DATABASE + "`");
            s.execute("CREATE DATABASE `" + DATABASE + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_as_ci");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (smtp != null) {
            smtp.close();
        }
        try (Connection c = DriverManager.getConnection(SERVER_URL, USER, PASSWORD); var s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + DATABASE + "`");
        }
    }

    @Test
    void everyMailArrivesWithAtMostOneDuplicateAfterAKillDuringTheBatch() throws Exception {
        smtp = new TestSmtp(); // its port is reserved, nothing listens there yet: the SMTP server is down

        app = start("app-mail-crash-1");
        List<Long> ids = enqueue(MAILS);

        // SMTP down: the sender's attempts fail and the mails go back to the queue with a backoff, none is lost
        awaitDb("mails failed once and wait for their next attempt",
                "SELECT COUNT(*) FROM mail_outbox WHERE status = 'QUEUED' AND attempts >= 1 AND last_error IS NOT NULL",
                200, Duration.ofSeconds(60));
        assertThat(count("SELECT COUNT(*) FROM mail_outbox WHERE status = 'SENT'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM mail_outbox WHERE status = 'FAILED'")).isZero();

        // SMTP back; kill -9 once part of the batch went out
        smtp.start();
        assertThat(smtp.awaitReceived(MAILS / 4, Duration.ofSeconds(60))).as("a quarter delivered").isTrue();
        app.kill();
        int receivedAtKill = smtp.received().size();
        long sentAtKill = count("SELECT COUNT(*) FROM mail_outbox WHERE status = 'SENT'");
        assertThat(sentAtKill).as("killed in the middle of the batch").isBetween(1L, MAILS - 1L);
        assertThat(receivedAtKill).isLessThan(MAILS);

        // restarted: the queue resumes, the mail left 送信中 is taken up again once its lease ran out
        app = start("app-mail-crash-2");
        awaitDb("all mails 送信済み", "SELECT COUNT(*) FROM mail_outbox WHERE status = 'SENT'", MAILS,
                Duration.ofSeconds(90));
        Thread.sleep(1000); // nothing more may come

        Map<Long, Integer> copies = new HashMap<>();
        for (MimeMessage message : smtp.received()) {
            copies.merge(outboxId(message), 1, Integer::sum);
        }
        assertThat(new TreeSet<>(copies.keySet())).as("every mail delivered").isEqualTo(new TreeSet<>(ids));
        int duplicates = smtp.received().size() - copies.size();
        assertThat(duplicates).as("duplicates for one crash").isLessThanOrEqualTo(1);
        assertThat(copies.values()).allMatch(n -> n <= 2);
        // a repeat is recognisably the same message
        for (MimeMessage message : smtp.received()) {
            long id = outboxId(message);
            assertThat(message.getMessageID()).startsWith("<kiroku.outbox." + id + ".");
            assertThat(message.getSubject()).isEqualTo(subject(id, ids));
        }
        assertThat(count("SELECT COUNT(*) FROM mail_outbox WHERE status <> 'SENT'")).isZero();
    }

    private static RunningApp start(String name) throws Exception {
        return RunningApp.start(DATA, name, List.of(
                "--spring.datasource.url=jdbc:" + SERVER_URL.substring("jdbc:".length()) + DATABASE,
                "--spring.datasource.username=" + USER, "--spring.datasource.password=" + PASSWORD,
                "--kiroku.demo-data=false",
                "--kiroku.mail.smtp.host=127.0.0.1", "--kiroku.mail.smtp.port=" + smtp.port(),
                "--kiroku.mail.smtp.timeout=5s", "--kiroku.mail.from=" + TestSmtp.FROM,
                "--kiroku.mail.sender.initial-delay=1s", "--kiroku.mail.sender.interval=200ms",
                "--kiroku.mail.sender.batch-size=50", "--kiroku.mail.sender.lease=5s",
                "--kiroku.mail.retry.max-attempts=1000", "--kiroku.mail.retry.initial-backoff=1s",
                "--kiroku.mail.retry.max-backoff=2s"));
    }

    /** One row per mail, as the outbox service writes them: queued, due now, no attempt yet. */
    private static List<Long> enqueue(int mails) throws SQLException {
        LocalDateTime now = LocalDateTime.now(TOKYO);
        List<Long> ids = new ArrayList<>();
        try (Connection c = database()) {
            c.setAutoCommit(false);
            long creator;
            try (var user = c.prepareStatement("""
                    INSERT INTO app_user (login_id, name, kana, role, password_hash, created_at, updated_at)
                    VALUES ('r2', 'R2', 'アールツー', 'ADMIN', '{noop}unusable', ?, ?)""",
                    java.sql.Statement.RETURN_GENERATED_KEYS)) {
                user.setTimestamp(1, Timestamp.valueOf(now));
                user.setTimestamp(2, Timestamp.valueOf(now));
                user.executeUpdate();
                try (var keys = user.getGeneratedKeys()) {
                    keys.next();
                    creator = keys.getLong(1);
                }
            }
            try (var insert = c.prepareStatement("""
                    INSERT INTO mail_outbox (negotiation_id, recipient_user_id, recipient_email, subject, body_text,
                        body_html, status, attempts, next_attempt_at, created_by, created_at, version)
                    VALUES (NULL, NULL, ?, ?, ?, ?, 'QUEUED', 0, ?, ?, ?, 0)""",
                    java.sql.Statement.RETURN_GENERATED_KEYS)) {
                for (int i = 1; i <= mails; i++) {
                    // ten mailboxes: GreenMail takes a while to create each one
                    insert.setString(1, "r2-" + i % 10 + "@kiroku.example.com");
                    insert.setString(2, "【商談記録】R2 " + i);
                    insert.setString(3, "R2 本文 " + i);
                    insert.setString(4, "<p>R2 本文 " + i + "</p>");
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

    /** The subject written for the row with that id (the i-th inserted). */
    private static String subject(long id, List<Long> ids) {
        return "【商談記録】R2 " + (ids.indexOf(id) + 1);
    }

    private static long outboxId(MimeMessage message) {
        try {
            return Long.parseLong(Objects.requireNonNull(message.getHeader("X-Kiroku-Outbox-Id", null)).strip());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitDb(String what, String sql, long atLeast, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        long value = count(sql);
        while (value < atLeast && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            value = count(sql);
        }
        assertThat(value).as(what + " within " + timeout).isGreaterThanOrEqualTo(atLeast);
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = database(); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(SERVER_URL + DATABASE, USER, PASSWORD);
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null ? otherwise : value;
    }
}
