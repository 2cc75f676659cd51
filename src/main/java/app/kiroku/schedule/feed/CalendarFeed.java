package app.kiroku.schedule.feed;

/** A feed as served: the iCalendar bytes (UTF-8) and an entity tag over them. */
public record CalendarFeed(byte[] body, String etag) {}
