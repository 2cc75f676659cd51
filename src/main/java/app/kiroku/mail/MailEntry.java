package app.kiroku.mail;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** An outbox row as lists show it: 送信履歴 on a record and the admin's list of all mails. */
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

    /** Queued mail that waits only because no SMTP server is configured (shown as 「SMTP未設定」). */
    public boolean waitsForSmtp(boolean smtpConfigured) {
        return status == MailStatus.QUEUED && !smtpConfigured;
    }
}
