package app.kiroku.mail;

import java.time.LocalDateTime;

/**
 * A mail a sender has claimed: its content, and the version that proves the claim is still this sender's when the
 * outcome is written.
 */
record PendingMail(long id, String recipientEmail, String subject, String text, String html, LocalDateTime createdAt,
        int attempts, int version) {
}
