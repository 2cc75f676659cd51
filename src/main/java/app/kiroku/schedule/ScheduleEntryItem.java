package app.kiroku.schedule;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A plain schedule entry (予定): not linked to any customer, so PARTNER users may see their own. */
public record ScheduleEntryItem(
        long id,
        String title,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        boolean allDay,
        @Nullable String place) {}
