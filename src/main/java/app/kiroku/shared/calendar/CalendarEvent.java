package app.kiroku.shared.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One entry on the calendar. All-day entries use the dates of {@code start} and {@code end} (end exclusive);
 * {@code movable} lets the user drag it; {@code id} comes back in clicks and moves.
 */
public record CalendarEvent(
        String id,
        String title,
        LocalDateTime start,
        @Nullable LocalDateTime end,
        boolean allDay,
        @Nullable String color,
        boolean movable) {

    public static CalendarEvent allDay(
            String id, String title, LocalDate day, @Nullable String color, boolean movable) {
        return new CalendarEvent(id, title, day.atStartOfDay(), null, true, color, movable);
    }
}
