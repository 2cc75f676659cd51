package app.kiroku.mail;

import app.kiroku.shared.data.DatabaseFailures;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The background sender: every few seconds it claims due mails one at a time, hands each to the SMTP server and
 * records the outcome.
 *
 * <ul>
 * <li>Claiming commits the row as 送信中 with a lease before any SMTP traffic, and the outcome is written in a
 * transaction of its own right after the server answered; no database transaction stays open during SMTP.</li>
 * <li>A mail for a Kiroku user is delivered only while that user is still an active in-house user; otherwise it
 * is 送信失敗 at once, with {@link #RECIPIENT_INACTIVE} as its error, and nothing is sent.</li>
 * <li>A failed attempt goes back to the queue with exponential backoff (1m, 2m, 4m … up to 1h); after the last
 * allowed attempt the mail is 送信失敗 with the error. A refusal for good (an SMTP 5xx reply, see
 * {@link PermanentMailFailure}) is 送信失敗 at once, with the server's reply; 4xx replies, refused connections and
 * timeouts are retried.</li>
 * <li>A restart resumes: queued mail is simply due; a mail left 送信中 by a sender that died is due again once its
 * lease ran out. A mail recorded as 送信済み is never claimed again.</li>
 * <li>The one window without exactly-once: the server accepted the mail and the process died (or the database was
 * unreachable) before 送信済み was written. That mail is sent again after the lease: <b>at least once</b>, with the
 * same Message-ID. The window is one mail wide, since each delivery is recorded before the next mail is claimed.</li>
 * </ul>
 */
class OutboxSender {

    static final String INTERRUPTED = "Interrupted during the last allowed attempt (the sender stopped); "
            + "whether the SMTP server accepted it is unknown";

    /** The error of a mail whose recipient was deactivated or is no longer in-house: a message key. */
    static final String RECIPIENT_INACTIVE = MailEntry.FAILURE_KEY_PREFIX + "recipientInactive";

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final MailOutboxRepository outbox;
    private final MailSettings settings;
    private final @Nullable MailTransport transport;
    private final Clock clock;
    private volatile boolean stopping;

    OutboxSender(MailOutboxRepository outbox, MailSettings settings, @Nullable MailTransport transport, Clock clock) {
        this.outbox = outbox;
        this.settings = settings;
        this.transport = transport;
        this.clock = clock;
    }

    @Scheduled(
            initialDelayString = "${kiroku.mail.sender.initial-delay:5s}",
            fixedDelayString = "${kiroku.mail.sender.interval:5s}")
    void poll() {
        if (!settings.sender().enabled() || transport == null || stopping) {
            return;
        }
        try {
            deliverDue();
        } catch (RuntimeException e) {
            // nothing is lost, the next poll tries again; an unreachable database is said in one line, not every
            // few seconds with a stack trace
            if (DatabaseFailures.isUnreachable(e)) {
                log.warn("Mail sender: database unreachable; retrying at the next poll");
            } else {
                log.error("Mail sender: a poll failed; retrying at the next one", e);
            }
        }
    }

    /** Delivers due mail, at most one batch; returns how many mails the SMTP server accepted. */
    int deliverDue() {
        if (transport == null) {
            return 0;
        }
        MailSettings.Retry retry = settings.retry();
        int abandoned = outbox.failAbandoned(now(), retry.maxAttempts(), INTERRUPTED);
        if (abandoned > 0) {
            log.warn("Mail sender: {} mail(s) interrupted in their last attempt marked as failed", abandoned);
        }
        int delivered = 0;
        for (int i = 0; i < settings.sender().batchSize() && !stopping; i++) {
            Optional<PendingMail> next =
                    outbox.claimNext(now(), settings.sender().lease(), retry.maxAttempts());
            if (next.isEmpty()) {
                break;
            }
            if (deliver(transport, next.get())) {
                delivered++;
            }
        }
        return delivered;
    }

    private boolean deliver(MailTransport smtp, PendingMail mail) {
        if (!recipientMayReceive(mail)) {
            outbox.markFailed(mail, now(), RECIPIENT_INACTIVE);
            log.warn(
                    "Mail sender: mail {} not sent: its recipient (user {}) is no longer an active in-house user",
                    mail.id(),
                    mail.recipientUserId());
            return false;
        }
        try {
            smtp.send(mail);
        } catch (RuntimeException e) {
            recordFailure(mail, e);
            return false;
        }
        if (!outbox.markSent(mail, now())) {
            log.warn(
                    "Mail sender: mail {} was delivered, but its claim had expired and another sender took it over",
                    mail.id());
        }
        return true;
    }

    private boolean recipientMayReceive(PendingMail mail) {
        Long userId = mail.recipientUserId();
        return userId == null || outbox.isActiveInHouseUser(userId);
    }

    private void recordFailure(PendingMail mail, RuntimeException e) {
        String error = describe(e);
        MailSettings.Retry retry = settings.retry();
        if (e instanceof PermanentMailFailure || mail.attempts() >= retry.maxAttempts()) {
            outbox.markFailed(mail, now(), error);
            log.warn("Mail sender: mail {} failed for good after {} attempt(s): {}", mail.id(), mail.attempts(), error);
        } else {
            LocalDateTime next = now().plus(retry.backoffAfter(mail.attempts()));
            outbox.retryLater(mail, next, error);
            log.info(
                    "Mail sender: attempt {} of mail {} failed ({}); next attempt at {}",
                    mail.attempts(),
                    mail.id(),
                    error,
                    next);
        }
    }

    /**
     * The messages along the cause chain, e.g. "Third party error / Couldn't connect to host … / Connection refused".
     */
    static String describe(Throwable error) {
        var text = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null
                    ? t.getClass().getSimpleName()
                    : t.getMessage().strip();
            if (text.indexOf(message) < 0) {
                if (!text.isEmpty()) {
                    text.append(" / ");
                }
                text.append(message);
            }
        }
        return text.toString();
    }

    /** On shutdown no further mail is claimed; the one in flight is finished and recorded. */
    @EventListener(ContextClosedEvent.class)
    void stop() {
        stopping = true;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
