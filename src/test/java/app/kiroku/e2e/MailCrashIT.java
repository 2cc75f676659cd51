package app.kiroku.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.mail.TestSmtp;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
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
 * The SMTP server is down while 1,000 mails wait in the outbox, then comes up, and the app is killed with
 * {@code kill -9} in the middle of the batch and started again: every mail arrives, with at most one duplicate for
 * the one crash (the mail the server had accepted when the process died, before 送信済み was written).
 *
 * <p>The jar runs against a database of its own on the machine's MariaDB ({@link ExternalDatabase}), not its embedded
 * one: a killed JVM would leave the embedded server behind. The sender is tuned from the command line so that the
 * whole run takes well under two minutes.
 */
class MailCrashIT {

    private static final int MAILS = 1_000;
    private static final String LABEL = "R2";
    private static final Path DATA = RunningApp.itDir().resolve("data-mail-crash");

    private static ExternalDatabase database;
    private static TestSmtp smtp;
    private static RunningApp app;

    @BeforeAll
    static void freshDatabase() throws Exception {
        FileSystemUtils.deleteRecursively(DATA);
        database = ExternalDatabase.fresh("r2");
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (smtp != null) {
            smtp.close();
        }
        database.close();
    }

    @Test
    void everyMailArrivesWithAtMostOneDuplicateAfterAKillDuringTheBatch() throws Exception {
        smtp = new TestSmtp(); // its port is reserved, nothing listens there yet: the SMTP server is down

        app = start("app-mail-crash-1");
        List<Long> ids = database.enqueueMails(LABEL, MAILS);

        // SMTP down: the sender's attempts fail and the mails go back to the queue with a backoff, none is lost
        database.awaitCount(
                "mails failed once and wait for their next attempt",
                "SELECT COUNT(*) FROM mail_outbox WHERE status = 'QUEUED' AND attempts >= 1 AND last_error IS NOT NULL",
                200,
                Duration.ofSeconds(60));
        assertThat(database.count("SELECT COUNT(*) FROM mail_outbox WHERE status = 'SENT'"))
                .isZero();
        assertThat(database.count("SELECT COUNT(*) FROM mail_outbox WHERE status = 'FAILED'"))
                .isZero();

        // SMTP back; kill -9 once part of the batch went out
        smtp.start();
        assertThat(smtp.awaitReceived(MAILS / 4, Duration.ofSeconds(60)))
                .as("a quarter delivered")
                .isTrue();
        app.kill();
        int receivedAtKill = smtp.received().size();
        long sentAtKill = database.count("SELECT COUNT(*) FROM mail_outbox WHERE status = 'SENT'");
        assertThat(sentAtKill).as("killed in the middle of the batch").isBetween(1L, MAILS - 1L);
        assertThat(receivedAtKill).isLessThan(MAILS);

        // restarted: the queue resumes, the mail left 送信中 is taken up again once its lease ran out
        app = start("app-mail-crash-2");
        database.awaitCount(
                "all mails 送信済み",
                "SELECT COUNT(*) FROM mail_outbox WHERE status = 'SENT'",
                MAILS,
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
        assertThat(database.count("SELECT COUNT(*) FROM mail_outbox WHERE status <> 'SENT'"))
                .isZero();
    }

    private static RunningApp start(String name) throws Exception {
        var args = new ArrayList<>(database.appArguments(database.port));
        args.addAll(List.of(
                "--kiroku.demo-data=false",
                "--kiroku.mail.smtp.host=127.0.0.1",
                "--kiroku.mail.smtp.port=" + smtp.port(),
                "--kiroku.mail.smtp.timeout=5s",
                "--kiroku.mail.from=" + TestSmtp.FROM,
                "--kiroku.mail.sender.initial-delay=1s",
                "--kiroku.mail.sender.interval=200ms",
                "--kiroku.mail.sender.batch-size=50",
                "--kiroku.mail.sender.lease=5s",
                "--kiroku.mail.retry.max-attempts=1000",
                "--kiroku.mail.retry.initial-backoff=1s",
                "--kiroku.mail.retry.max-backoff=2s"));
        return RunningApp.start(DATA, name, args);
    }

    /** The subject written for the row with that id (the i-th inserted). */
    private static String subject(long id, List<Long> ids) {
        return ExternalDatabase.subject(LABEL, ids.indexOf(id) + 1);
    }

    private static long outboxId(MimeMessage message) {
        try {
            return Long.parseLong(Objects.requireNonNull(message.getHeader("X-Kiroku-Outbox-Id", null))
                    .strip());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
