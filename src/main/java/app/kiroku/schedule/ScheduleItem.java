package app.kiroku.schedule;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a schedule: a negotiation record (on 対応日 if set, else 予定日) or a plain 予定. {@code personId}
 * is the handler or the entry's owner, for a colour per person in department view.
 */
public record ScheduleItem(
        Kind kind,
        long id,
        int version,
        String title,
        @Nullable String progressName,
        LocalDateTime start,
        @Nullable LocalDateTime end,
        boolean allDay,
        @Nullable String color,
        boolean movable,
        long personId) {

    public enum Kind {
        NEGOTIATION,
        ENTRY
    }
}
