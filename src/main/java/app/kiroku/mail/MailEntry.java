package app.kiroku.mail;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * An outbox row as lists show it: 送信履歴 on a record and the admin's list of all mails.
 *
 * @param lastError the SMTP server's or the mail library's text, or, when Kiroku itself gave up on the mail, a
 *        message key starting with {@link #FAILURE_KEY_PREFIX} that screens translate
 */
public record MailEntry(
        long id,
        @Nullable Long referenceId,
        @Nullable String recipientName,
        String recipientEmail,
        String subject,
        MailStatus status,
        int attempts,
        LocalDateTime nextAttemptAt,
        @Nullable String lastError,
        String createdByName,
        LocalDateTime createdAt,
        @Nullable LocalDateTime sentAt,
        int version) {

    /** The start of the message keys stored as {@code last_error}, e.g. {@code mail.failure.recipientInactive}. */
    public static final String FAILURE_KEY_PREFIX = "mail.failure.";

    /** The last error is a message key (Kiroku's own reason), not text from the server. */
    public boolean errorIsMessageKey() {
        return lastError != null && lastError.startsWith(FAILURE_KEY_PREFIX);
    }

    /** Queued mail that waits only because no SMTP server is configured (shown as 「SMTP未設定」). */
    public boolean waitsForSmtp(boolean smtpConfigured) {
        return status == MailStatus.QUEUED && !smtpConfigured;
    }
}
