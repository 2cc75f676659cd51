package app.kiroku.mail;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox for scheduled jobs, which run with nobody signed in (so {@link MailOutbox}'s role check cannot apply).
 * Not a service: views never see it; the job decides who may receive what, and the sender checks the recipient
 * again before delivery. Joins the job's transaction, so a mail exists exactly when the job's own change commits.
 */
@Component
public class ScheduledMail {

    private final MailOutboxRepository outbox;
    private final Clock clock;

    ScheduledMail(MailOutboxRepository outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Queues the mails, due at once, as written by {@code createdBy} (e.g. the recipient of their own reminder). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(List<OutgoingMail> mails, long createdBy) {
        LocalDateTime now = LocalDateTime.now(clock);
        mails.forEach(mail -> outbox.insert(mail, createdBy, now));
    }
}
