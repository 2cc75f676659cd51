package app.kiroku.mail;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kiroku.mail.*}, e.g. from the environment as {@code KIROKU_MAIL_SMTP_HOST}. Without a host no mail leaves:
 * it stays queued, shown as 「SMTP未設定」, and goes out once Kiroku is restarted with a host.
 *
 * @param smtp the server
 * @param from the sender address of every mail ({@code KIROKU_MAIL_FROM})
 * @param sender how the background sender polls
 * @param retry how failed attempts are retried
 */
@ConfigurationProperties("kiroku.mail")
record MailSettings(
        @DefaultValue Smtp smtp,
        @DefaultValue("kiroku@example.com") String from,
        @DefaultValue Sender sender,
        @DefaultValue Retry retry) {

    boolean smtpConfigured() {
        return smtp.host() != null && !smtp.host().isBlank();
    }

    /** The domain of the from-address, for Message-IDs. */
    String fromDomain() {
        int at = from.lastIndexOf('@');
        return at < 0 || at == from.length() - 1 ? "kiroku.invalid" : from.substring(at + 1);
    }

    /**
     * @param host unset = mail stays queued
     * @param port unset = the transport's usual port (25, 587, 465)
     * @param timeout for connecting, reading and writing, each
     */
    record Smtp(
            @Nullable String host,
            @Nullable Integer port,
            @Nullable String username,
            @Nullable String password,
            @DefaultValue("SMTP") Transport transport,
            @DefaultValue("30s") Duration timeout) {

        int effectivePort() {
            return port != null ? port : transport.defaultPort();
        }
    }

    /** Plain SMTP (STARTTLS when the server offers it), SMTP with STARTTLS required, or SMTP over TLS. */
    enum Transport {
        SMTP(25),
        SMTP_TLS(587),
        SMTPS(465);

        private final int defaultPort;

        Transport(int defaultPort) {
            this.defaultPort = defaultPort;
        }

        int defaultPort() {
            return defaultPort;
        }
    }

    /**
     * @param enabled false = nothing is sent by this instance (mail still queues)
     * @param interval pause between two polls of the outbox
     * @param batchSize at most this many mails per poll
     * @param lease how long a claimed mail belongs to its sender; after that a mail left in 送信中 by a sender that
     *        died is taken up again. Must be longer than one SMTP conversation (a few timeouts).
     */
    record Sender(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("5s") Duration interval,
            @DefaultValue("20") int batchSize,
            @DefaultValue("5m") Duration lease) {}

    /**
     * @param maxAttempts after this many failed attempts a mail is 送信失敗
     * @param initialBackoff the wait after the first failure, doubled after each further one
     * @param maxBackoff the longest wait between two attempts
     */
    record Retry(
            @DefaultValue("8") int maxAttempts,
            @DefaultValue("1m") Duration initialBackoff,
            @DefaultValue("1h") Duration maxBackoff) {

        /** The wait before the next attempt after {@code failedAttempts} failures: 1m, 2m, 4m, … up to the cap. */
        Duration backoffAfter(int failedAttempts) {
            Duration wait = initialBackoff;
            for (int i = 1; i < failedAttempts && wait.compareTo(maxBackoff) < 0; i++) {
                wait = wait.multipliedBy(2);
            }
            return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
        }
    }
}
