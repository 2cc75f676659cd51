package app.kiroku.schedule.feed;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One event of a feed, as read: a negotiation record (on 対応日 if set, else 予定日) or a plain 予定. {@code end} is
 * exclusive; all-day events start and end at midnight. {@code customerName}, {@code progressName},
 * {@code address} and {@code report} are null for plain entries; {@code place} and {@code memo} for records.
 */
record FeedEvent(
        Kind kind,
        long id,
        int version,
        LocalDateTime start,
        LocalDateTime end,
        boolean allDay,
        LocalDateTime updatedAt,
        String title,
        @Nullable String progressName,
        @Nullable String location,
        @Nullable String text) {

    enum Kind {
        NEGOTIATION,
        ENTRY
    }

    String uid() {
        return (kind == Kind.NEGOTIATION ? "negotiation-" : "entry-") + id + "@kiroku";
    }
}
