package app.kiroku.mail;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A mail a sender has claimed: its content, the user it is for (if any, checked again before delivery), and the
 * version that proves the claim is still this sender's when the outcome is written.
 */
record PendingMail(long id, @Nullable Long recipientUserId, String recipientEmail, String subject, String text, String html, LocalDateTime createdAt,
        int attempts, int version) {
}
