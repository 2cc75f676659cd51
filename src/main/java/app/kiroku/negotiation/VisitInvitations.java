package app.kiroku.negotiation;

import app.kiroku.mail.CalendarPart;
import app.kiroku.mail.MailOutbox;
import app.kiroku.mail.OutgoingMail;
import app.kiroku.negotiation.NegotiationMailRepository.Addressee;
import app.kiroku.user.KirokuUser;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Invitations into the handler's calendar, queued in the transaction that saves the record: METHOD:REQUEST when
 * someone else gives them a visit or moves (or re-labels) one of theirs, METHOD:CANCEL when it is deleted or handed
 * to someone else. Nobody is invited by their own save, and nobody who turned invitations off in アカウント設定; but
 * a visit someone else put into a handler's calendar follows their own later moves, handovers and deletion too.
 */
@Component
class VisitInvitations {

    private final VisitMailRepository repository;
    private final MailOutbox outbox;
    private final VisitCalendar calendar;
    private final String baseUrl;

    VisitInvitations(
            VisitMailRepository repository,
            MailOutbox outbox,
            Clock clock,
            @Value("${kiroku.mail.from:kiroku@example.com}") String organizer,
            @Value("${kiroku.base-url:http://localhost:${server.port:8080}/}") String baseUrl) {
        this.repository = repository;
        this.outbox = outbox;
        this.calendar = new VisitCalendar(clock, organizer);
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    void created(NegotiationDetail record, KirokuUser actor) {
        if (record.handlerId() != actor.id()) {
            send(CalendarPart.Method.REQUEST, record.handlerId(), event(record, record.version()), record.id(), actor);
        }
    }

    void updated(NegotiationDetail before, NegotiationDetail after, KirokuUser actor) {
        VisitEvent now = event(after, after.version());
        if (before.handlerId() != after.handlerId()) {
            if (concerns(before.handlerId(), before.id(), actor)) {
                send(CalendarPart.Method.CANCEL, before.handlerId(), now, after.id(), actor);
            }
            created(after, actor);
        } else if (!now.sameSlotAs(event(before, before.version())) && concerns(after.handlerId(), after.id(), actor)) {
            send(CalendarPart.Method.REQUEST, after.handlerId(), now, after.id(), actor);
        }
    }

    /** Call before the row is gone; the mail refers to no record, since there will be none. */
    void deleted(NegotiationDetail record, KirokuUser actor) {
        if (concerns(record.handlerId(), record.id(), actor)) {
            send(CalendarPart.Method.CANCEL, record.handlerId(), event(record, record.version() + 1), null, actor);
        }
    }

    /**
     * A change concerns the handler's calendar when someone else made it, or when the event is in their calendar
     * already because someone else invited them earlier; their own plans never were.
     */
    private boolean concerns(long handlerId, long recordId, KirokuUser actor) {
        return handlerId != actor.id() || outbox.calendarSentTo(recordId, handlerId);
    }

    private VisitEvent event(NegotiationDetail record, int sequence) {
        return VisitEvent.of(
                record,
                sequence,
                repository.customerAddress(record.customerId()).orElse(null));
    }

    private void send(
            CalendarPart.Method method,
            long handlerId,
            VisitEvent visit,
            @Nullable Long referenceId,
            KirokuUser actor) {
        repository
                .invitee(handlerId)
                .ifPresent(to -> outbox.enqueue(List.of(mail(method, to, visit, referenceId, actor)), actor.id()));
    }

    private OutgoingMail mail(
            CalendarPart.Method method, Addressee to, VisitEvent visit, @Nullable Long referenceId, KirokuUser actor) {
        String link = baseUrl + "negotiations/" + visit.negotiationId();
        var text = InvitationMail.compose(method, visit, actor.name(), link, to.locale());
        String email = Objects.requireNonNull(to.email());
        CalendarPart part = calendar.write(method, visit, InvitationMail.summary(visit, to.locale()), to.name(), email);
        return new OutgoingMail(to.id(), email, text.subject(), text.text(), text.html(), referenceId, part);
    }
}
