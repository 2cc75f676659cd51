package app.kiroku.negotiation;

import org.jspecify.annotations.Nullable;

/**
 * An in-house user as the mail recipient dialog offers them. PARTNER users are never recipients.
 *
 * @param assignee one of the customer's 担当者
 * @param email null when the user has none: shown, but not selectable
 */
public record MailRecipient(
        long id,
        String name,
        String kana,
        @Nullable String departmentName,
        @Nullable String email,
        boolean assignee) {

    public boolean reachable() {
        return email != null && !email.isBlank();
    }
}
