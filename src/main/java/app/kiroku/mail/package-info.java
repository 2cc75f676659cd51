/**
 * Mail delivery through a transactional outbox. Callers enqueue mails already composed (one row per recipient) in
 * their own transaction; {@link app.kiroku.mail.OutboxSender} delivers them over SMTP in the background, retrying
 * with backoff. This package knows nothing of customers or records: a mail carries only an optional reference id.
 *
 * <p>Guarantee: a mail whose delivery was recorded ({@code SENT}) is never sent again, and every queued mail is
 * eventually delivered or marked {@code FAILED} with its error. If the process dies after the SMTP server accepted a
 * mail but before {@code SENT} was written, that one mail is sent again after the claim's lease expires: delivery is
 * at least once in that window (the repeat carries the same Message-ID, so clients that de-duplicate drop it).
 */
@NullMarked
package app.kiroku.mail;

import org.jspecify.annotations.NullMarked;
