package app.kiroku.negotiation;

import java.util.List;
import java.util.Set;

/**
 * The two tabs of the recipient dialog.
 *
 * @param assignees the customer's 担当者 (active in-house users), the default tab
 * @param others every other active in-house user, for the 「社内ユーザー」 tab
 * @param suggested who is ticked when the dialog opens: the 担当者 with an e-mail address, except the sender
 */
public record MailRecipients(List<MailRecipient> assignees, List<MailRecipient> others, Set<Long> suggested) {}
