package app.kiroku.mail;

import static app.kiroku.db.Tables.APP_USER;
import static app.kiroku.db.Tables.MAIL_OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kiroku.KirokuTest;
import app.kiroku.SignIn;
import app.kiroku.db.tables.records.MailOutboxRecord;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The outbox against a real SMTP server (GreenMail): delivery is recorded, a server that is down leaves mail queued
 * until it is up, retries back off and give up, and a sender that dies mid-batch and restarts delivers every mail
 * exactly once, except in the one window the guarantee names (accepted by SMTP, not yet recorded).
 */
@KirokuTest
class OutboxSenderTest {

    /** A sender process dying at a chosen point: an Error, which nothing in the sender catches. */
    static final class SimulatedCrash extends Error {
        SimulatedCrash() {
            super("simulated crash");
        }
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    MailOutbox outbox;

    @Autowired
    DSLContext dsl;

    @Autowired
    UserDetailsService users;

    final MutableClock clock = new MutableClock();
    final TestSmtp smtp = new TestSmtp();
    long staff1;

    @BeforeEach
    void emptyOutbox() {
        dsl.deleteFrom(MAIL_OUTBOX).execute();
        staff1 = dsl.select(APP_USER.ID)
                .from(APP_USER)
                .where(APP_USER.LOGIN_ID.eq("staff1"))
                .fetchSingle()
                .value1();
        SignIn.as(users, "staff1");
    }

    @AfterEach
    void cleanUp() {
        smtp.close();
        dsl.deleteFrom(MAIL_OUTBOX).execute();
        SignIn.out();
    }

    private void enqueue(int count) {
        List<OutgoingMail> mails = IntStream.rangeClosed(1, count)
                .mapToObj(i -> new OutgoingMail(
                        staff1, "to" + i + "@kiroku.example.com", "件名 " + i, "本文 " + i, "<p>本文 " + i + "</p>", null))
                .toList();
        outbox.enqueue(mails, staff1);
    }

    private List<MailOutboxRecord> rows() {
        return dsl.selectFrom(MAIL_OUTBOX).orderBy(MAIL_OUTBOX.ID).fetch();
    }

    private Map<String, Long> subjectsReceived() {
        return smtp.received().stream()
                .map(OutboxSenderTest::subject)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void enqueueingWritesOneQueuedRowPerMailAndSendsNothing() {
        smtp.start();
        enqueue(3);
        assertThat(rows()).hasSize(3).allSatisfy(row -> {
            assertThat(row.getStatus()).isEqualTo("QUEUED");
            assertThat(row.getAttempts()).isZero();
            assertThat(row.getCreatedBy()).isEqualTo(staff1);
        });
        assertThat(smtp.received()).isEmpty();
    }

    @Test
    void deliversEachQueuedMailOnceAndRecordsIt() {
        smtp.start();
        enqueue(3);

        assertThat(smtp.deliverDue(context, clock)).isEqualTo(3);
        assertThat(subjectsReceived())
                .containsOnly(Map.entry("件名 1", 1L), Map.entry("件名 2", 1L), Map.entry("件名 3", 1L));
        assertThat(rows()).allSatisfy(row -> {
            assertThat(row.getStatus()).isEqualTo("SENT");
            assertThat(row.getAttempts()).isEqualTo(1);
            assertThat(row.getSentAt()).isEqualTo(LocalDateTime.now(clock));
            assertThat(row.getLastError()).isNull();
        });

        // a later poll, or a restarted sender, finds nothing to send: a recorded delivery is final
        clock.advance(Duration.ofHours(2));
        assertThat(smtp.deliverDue(context, clock)).isZero();
        assertThat(smtp.received()).hasSize(3);
    }

    @Test
    void withTheServerDownMailStaysQueuedThenIsDeliveredOnceItIsUpExactlyOnce() {
        enqueue(1);

        // nothing listens on the port: the attempt fails, the mail stays queued with the error and a backoff
        assertThat(smtp.deliverDue(context, clock)).isZero();
        var failed = rows().getFirst();
        assertThat(failed.getStatus()).isEqualTo("QUEUED");
        assertThat(failed.getAttempts()).isEqualTo(1);
        assertThat(failed.getLastError()).isNotBlank();
        assertThat(failed.getNextAttemptAt()).isEqualTo(LocalDateTime.now(clock).plusMinutes(1));

        // not due before its backoff ran out
        clock.advance(Duration.ofSeconds(30));
        smtp.start();
        assertThat(smtp.deliverDue(context, clock)).isZero();
        assertThat(smtp.received()).isEmpty();

        // due again: delivered, once
        clock.advance(Duration.ofSeconds(30));
        assertThat(smtp.deliverDue(context, clock)).isEqualTo(1);
        clock.advance(Duration.ofHours(1));
        assertThat(smtp.deliverDue(context, clock)).isZero();
        assertThat(smtp.received()).hasSize(1);
        var sent = rows().getFirst();
        assertThat(sent.getStatus()).isEqualTo("SENT");
        assertThat(sent.getAttempts()).isEqualTo(2);
        assertThat(sent.getLastError()).isNull();
    }

    @Test
    void backsOffExponentiallyThenGivesUpAndAnAdminMayResend() {
        enqueue(1);
        LocalDateTime start = LocalDateTime.now(clock);

        smtp.deliverDue(context, clock);
        assertThat(rows().getFirst().getNextAttemptAt()).isEqualTo(start.plusMinutes(1));
        clock.advance(Duration.ofMinutes(1));
        smtp.deliverDue(context, clock);
        assertThat(rows().getFirst().getNextAttemptAt()).isEqualTo(start.plusMinutes(1 + 2));
        clock.advance(Duration.ofMinutes(2));
        smtp.deliverDue(context, clock);

        // the third of three attempts failed: given up, with the error
        var failed = rows().getFirst();
        assertThat(failed.getStatus()).isEqualTo("FAILED");
        assertThat(failed.getAttempts()).isEqualTo(3);
        assertThat(failed.getLastError()).isNotBlank();
        clock.advance(Duration.ofDays(1));
        smtp.start();
        assertThat(smtp.deliverDue(context, clock)).isZero();

        // 再送 is for admins, and only for the version they saw
        assertThatThrownBy(() -> outbox.resend(failed.getId(), failed.getVersion()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        SignIn.as(users, "admin");
        assertThat(outbox.resend(failed.getId(), failed.getVersion() - 1)).isFalse();
        assertThat(outbox.resend(failed.getId(), failed.getVersion())).isTrue();
        assertThat(outbox.resend(failed.getId(), failed.getVersion())).isFalse();
        assertThat(smtp.deliverDue(context, clock)).isEqualTo(1);
        assertThat(smtp.received()).hasSize(1);
        assertThat(rows().getFirst().getStatus()).isEqualTo("SENT");
    }

    @Test
    void aSenderThatDiesMidBatchAndRestartsDeliversEveryMailExactlyOnce() {
        smtp.start();
        enqueue(10);
        var sends = new AtomicInteger();
        MailTransport real = smtp.smtpTransport(clock);
        // the process dies while handling the 5th mail: claimed (送信中), not yet handed to SMTP
        MailTransport dying = mail -> {
            if (sends.incrementAndGet() == 5) {
                throw new SimulatedCrash();
            }
            real.send(mail);
        };
        assertThatThrownBy(() -> smtp.sender(context, clock, dying).deliverDue())
                .isInstanceOf(SimulatedCrash.class);
        assertThat(smtp.received()).hasSize(4);
        assertThat(rows())
                .extracting(MailOutboxRecord::getStatus)
                .containsExactly(
                        "SENT", "SENT", "SENT", "SENT", "SENDING", "QUEUED", "QUEUED", "QUEUED", "QUEUED", "QUEUED");

        // restart: a new sender takes up the queued mail; the interrupted one waits for its lease to run out
        assertThat(smtp.deliverDue(context, clock)).isEqualTo(5);
        clock.advance(Duration.ofMinutes(4));
        assertThat(smtp.deliverDue(context, clock)).isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(smtp.deliverDue(context, clock)).isEqualTo(1);
        clock.advance(Duration.ofHours(1));
        assertThat(smtp.deliverDue(context, clock)).isZero();

        Map<String, Long> received = subjectsReceived();
        assertThat(received).hasSize(10);
        assertThat(received.values()).containsOnly(1L);
        assertThat(rows()).extracting(MailOutboxRecord::getStatus).containsOnly("SENT");
        assertThat(rows().get(4).getAttempts()).isEqualTo(2);
    }

    @Test
    void onShutdownTheMailInFlightIsFinishedAndRecordedAndNoFurtherMailIsClaimed() throws Exception {
        smtp.start();
        enqueue(5);
        MailTransport real = smtp.smtpTransport(clock);
        var inFlight = new java.util.concurrent.CountDownLatch(1);
        var shutdownBegun = new java.util.concurrent.CountDownLatch(1);
        var sends = new AtomicInteger();
        // the application is told to stop while the 2nd mail is being handed to SMTP
        MailTransport slow = mail -> {
            if (sends.incrementAndGet() == 2) {
                inFlight.countDown();
                try {
                    shutdownBegun.await(10, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            real.send(mail);
        };
        OutboxSender sender = smtp.sender(context, clock, slow);
        var batch = java.util.concurrent.CompletableFuture.supplyAsync(sender::deliverDue);
        assertThat(inFlight.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        sender.stop();
        shutdownBegun.countDown();

        assertThat(batch.get(10, java.util.concurrent.TimeUnit.SECONDS))
                .as("delivered in this batch")
                .isEqualTo(2);
        assertThat(smtp.received()).hasSize(2);
        assertThat(rows())
                .extracting(MailOutboxRecord::getStatus)
                .containsExactly("SENT", "SENT", "QUEUED", "QUEUED", "QUEUED");
        sender.poll();
        assertThat(smtp.received()).as("a stopped sender claims nothing").hasSize(2);
    }

    @Test
    void aCrashBetweenSmtpAcceptAndTheStatusWriteSendsThatOneMailAgainWithTheSameMessageId() {
        smtp.start();
        enqueue(3);
        var sends = new AtomicInteger();
        MailTransport real = smtp.smtpTransport(clock);
        // the server accepts the 2nd mail, then the process dies before 送信済み is written
        MailTransport dying = mail -> {
            real.send(mail);
            if (sends.incrementAndGet() == 2) {
                throw new SimulatedCrash();
            }
        };
        assertThatThrownBy(() -> smtp.sender(context, clock, dying).deliverDue())
                .isInstanceOf(SimulatedCrash.class);
        clock.advance(Duration.ofMinutes(5));
        assertThat(smtp.deliverDue(context, clock)).isEqualTo(2);

        // at least once: the 2nd mail arrives twice, as the same message; the others once
        assertThat(subjectsReceived())
                .containsOnly(Map.entry("件名 1", 1L), Map.entry("件名 2", 2L), Map.entry("件名 3", 1L));
        List<String> ids = smtp.received().stream()
                .filter(m -> subject(m).equals("件名 2"))
                .map(OutboxSenderTest::messageId)
                .distinct()
                .toList();
        assertThat(ids).hasSize(1);
        assertThat(ids.getFirst()).startsWith("<kiroku.outbox.").endsWith("@kiroku.example.com>");
        assertThat(rows()).extracting(MailOutboxRecord::getStatus).containsOnly("SENT");
    }

    @Test
    void concurrentSendersNeverTakeTheSameMail() throws Exception {
        smtp.start();
        enqueue(30);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            var start = new CountDownLatch(1);
            List<Callable<Integer>> senders = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                senders.add(() -> {
                    start.await();
                    var sender = smtp.sender(context, clock);
                    int delivered = 0;
                    for (int poll = 0; poll < 50 && queued() > 0; poll++) {
                        delivered += sender.deliverDue();
                    }
                    return delivered;
                });
            }
            List<Future<Integer>> results = senders.stream().map(pool::submit).toList();
            start.countDown();
            int delivered = 0;
            for (Future<Integer> result : results) {
                delivered += result.get(120, TimeUnit.SECONDS);
            }
            assertThat(delivered).isEqualTo(30);
        } finally {
            pool.shutdownNow();
        }
        Map<String, Long> received = subjectsReceived();
        assertThat(received).hasSize(30);
        assertThat(received.values()).containsOnly(1L);
        assertThat(rows()).allSatisfy(row -> {
            assertThat(row.getStatus()).isEqualTo("SENT");
            assertThat(row.getAttempts()).isEqualTo(1);
        });
    }

    private int queued() {
        return dsl.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.STATUS.eq("QUEUED"));
    }

    @Test
    void anInterruptedLastAttemptIsFailedNotRetried() {
        smtp.start();
        enqueue(1);
        var row = rows().getFirst();
        dsl.update(MAIL_OUTBOX)
                .set(MAIL_OUTBOX.STATUS, "SENDING")
                .set(MAIL_OUTBOX.ATTEMPTS, 3)
                .where(MAIL_OUTBOX.ID.eq(row.getId()))
                .execute();
        clock.advance(Duration.ofMinutes(10));

        assertThat(smtp.deliverDue(context, clock)).isZero();
        var failed = rows().getFirst();
        assertThat(failed.getStatus()).isEqualTo("FAILED");
        assertThat(failed.getLastError()).isEqualTo(OutboxSender.INTERRUPTED);
        assertThat(smtp.received()).isEmpty();
    }
}
