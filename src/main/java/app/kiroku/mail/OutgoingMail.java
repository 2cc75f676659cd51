package app.kiroku.mail;

import org.jspecify.annotations.Nullable;

/**
 * One composed mail for one recipient, as a caller hands it to the outbox.
 *
 * @param recipientUserId the user it is for, when it is for a user
 * @param recipientEmail where it goes
 * @param subject the subject line
 * @param text the plain-text body
 * @param html the HTML body, with everything the user typed already escaped
 * @param referenceId what the mail is about (e.g. a negotiation record), for its 送信履歴
 * @param calendar an invitation or cancellation to go with the bodies, if any
 */
public record OutgoingMail(
        @Nullable Long recipientUserId,
        String recipientEmail,
        String subject,
        String text,
        String html,
        @Nullable Long referenceId,
        @Nullable CalendarPart calendar) {

    /** A mail without a calendar part. */
    public OutgoingMail(
            @Nullable Long recipientUserId,
            String recipientEmail,
            String subject,
            String text,
            String html,
            @Nullable Long referenceId) {
        this(recipientUserId, recipientEmail, subject, text, html, referenceId, null);
    }
}
