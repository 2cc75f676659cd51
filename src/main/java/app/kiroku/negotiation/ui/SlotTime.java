package app.kiroku.negotiation.ui;

import app.kiroku.negotiation.NegotiationDraft;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The calendar slot a record is registered from ({@code ?at=2026-11-27T10:00&allDay=false}): in the future it is
 * the 予定日, otherwise the 対応日 (a visit already made).
 */
public record SlotTime(LocalDateTime at, boolean allDay) {

    public QueryParameters toQuery() {
        return new QueryParameters(Map.of("at", List.of(at.toString()), "allDay", List.of(String.valueOf(allDay))));
    }

    static Optional<SlotTime> from(QueryParameters query) {
        List<String> at = query.getParameters().getOrDefault("at", List.of());
        if (at.isEmpty()) {
            return Optional.empty();
        }
        try {
            boolean allDay = "true"
                    .equals(query.getParameters()
                            .getOrDefault("allDay", List.of(""))
                            .getFirst());
            return Optional.of(new SlotTime(LocalDateTime.parse(at.getFirst()), allDay));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    void fill(NegotiationDraft draft, LocalDateTime now) {
        boolean future = allDay ? !at.toLocalDate().isBefore(now.toLocalDate()) : at.isAfter(now);
        if (future) {
            draft.setPlannedDate(at.toLocalDate());
            draft.setPlannedTime(allDay ? null : at.toLocalTime());
        } else {
            draft.setDoneDate(at.toLocalDate());
            draft.setDoneTime(allDay ? null : at.toLocalTime());
        }
    }
}
