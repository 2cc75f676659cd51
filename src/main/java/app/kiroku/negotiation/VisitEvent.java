package app.kiroku.negotiation;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A record as a calendar event: where it stands on the schedule (対応日 once done, else 予定日) and what the calendar
 * shows of it.
 *
 * @param negotiationId the record, which gives the event its UID
 * @param sequence the record's version: each save is a newer revision of the same event
 * @param date the day
 * @param time the start, or null for an all-day event
 * @param customerName the customer
 * @param progressName 進捗, if set
 * @param address the customer's address, if known
 */
record VisitEvent(
        long negotiationId,
        int sequence,
        LocalDate date,
        @Nullable LocalTime time,
        String customerName,
        @Nullable String progressName,
        @Nullable String address) {

    /** The UID a record's event has everywhere Kiroku writes it (invitations and the calendar feed). */
    static String uid(long negotiationId) {
        return "negotiation-" + negotiationId + "@kiroku";
    }

    static VisitEvent of(NegotiationDetail record, int sequence, @Nullable String address) {
        LocalDate date = record.doneDate() != null ? record.doneDate() : record.plannedDate();
        LocalTime time = record.doneDate() != null ? record.doneTime() : record.plannedTime();
        if (date == null) {
            throw new IllegalArgumentException("Record " + record.id() + " has neither a planned nor a done date");
        }
        return new VisitEvent(
                record.id(),
                sequence,
                date,
                time,
                record.customerName(),
                record.progressName(),
                address == null || address.isBlank() ? null : address.strip());
    }

    /** What a calendar needs to show the event again: when it is and what it says. */
    boolean sameSlotAs(VisitEvent other) {
        return date.equals(other.date)
                && Objects.equals(time, other.time)
                && Objects.equals(progressName, other.progressName);
    }
}
