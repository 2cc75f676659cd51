package app.kiroku.mail;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox: mail is written here in the caller's transaction (so it exists exactly when the caller's change
 * commits) and delivered later by the background sender. Mail content is customer data: PARTNER users may call
 * nothing here.
 */
@Service
@Transactional(readOnly = true)
public class MailOutbox {

    static final String IN_HOUSE = "hasAnyRole('ADMIN', 'STAFF')";
    static final String ADMIN = "hasRole('ADMIN')";

    private final MailOutboxRepository outbox;
    private final MailSettings settings;
    private final Clock clock;

    MailOutbox(MailOutboxRepository outbox, MailSettings settings, Clock clock) {
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    /** Queues one row per mail, due at once; returns without any SMTP traffic. */
    @PreAuthorize(IN_HOUSE)
    @Transactional
    public void enqueue(List<OutgoingMail> mails, long createdBy) {
        LocalDateTime now = LocalDateTime.now(clock);
        mails.forEach(mail -> outbox.insert(mail, createdBy, now));
    }

    /** The mails about one thing (e.g. a record), newest first. */
    @PreAuthorize(IN_HOUSE)
    public List<MailEntry> historyOf(long referenceId) {
        return outbox.history(referenceId);
    }

    /** True when a mail with a calendar part about that thing was queued for that user (to keep their calendar). */
    @PreAuthorize(IN_HOUSE)
    public boolean calendarSentTo(long referenceId, long recipientUserId) {
        return outbox.calendarSentTo(referenceId, recipientUserId);
    }

    /** False when no SMTP host is configured: queued mail then shows 「SMTP未設定」. */
    @PreAuthorize(IN_HOUSE)
    public boolean smtpConfigured() {
        return settings.smtpConfigured();
    }

    /** All mails (or those in one status), newest first, for the admin's list. */
    @PreAuthorize(ADMIN)
    public List<MailEntry> list(@Nullable MailStatus status, int offset, int limit) {
        return outbox.page(status, offset, limit);
    }

    @PreAuthorize(ADMIN)
    public int count(@Nullable MailStatus status) {
        return outbox.count(status);
    }

    /**
     * 再送: a failed mail goes back to the queue with fresh attempts. Returns false, changing nothing, when the mail
     * is no longer the failed one the admin saw (someone resent it already); only failed mail can be resent, so a
     * delivered mail is never sent again.
     */
    @PreAuthorize(ADMIN)
    @Transactional
    public boolean resend(long id, int version) {
        return outbox.requeue(id, version, LocalDateTime.now(clock));
    }
}
