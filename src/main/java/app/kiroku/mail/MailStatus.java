package app.kiroku.mail;

/** Where an outbox row stands. Stored by name in {@code mail_outbox.status}. */
public enum MailStatus {
    /** Waiting for its first or next attempt (see {@code next_attempt_at}). */
    QUEUED,
    /** Claimed by a sender until {@code next_attempt_at} (the lease); reclaimed after that if the sender died. */
    SENDING,
    /** The SMTP server accepted it; never sent again. */
    SENT,
    /** Gave up after the last attempt; an admin may queue it again (再送). */
    FAILED
}
