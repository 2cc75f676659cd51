package app.kiroku.mail;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A mail a sender has claimed: its content, the user it is for (if any, checked again before delivery), and the
 * version that proves the claim is still this sender's when the outcome is written.
 */
record PendingMail(
        long id,
        @Nullable Long recipientUserId,
        String recipientEmail,
        String subject,
        String text,
        String html,
        @Nullable String calendarMethod,
        @Nullable String calendarText,
        LocalDateTime createdAt,
        int attempts,
        int version) {

    /** The calendar part, when the mail has one. */
    @Nullable
    CalendarPart calendar() {
        return calendarMethod == null || calendarText == null
                ? null
                : new CalendarPart(CalendarPart.Method.valueOf(calendarMethod), calendarText);
    }
}
