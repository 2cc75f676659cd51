package app.kiroku.schedule.feed;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Reading what a feed served, with biweekly's own parser. */
final class FeedFixture {

    private FeedFixture() {}

    static String token(FeedLinks links) {
        String web = links.web();
        return web.substring(web.lastIndexOf('/') + 1, web.length() - CalendarFeedController.SUFFIX.length());
    }

    static ICalendar parse(byte[] body) {
        ICalendar calendar =
                Biweekly.parse(new String(body, StandardCharsets.UTF_8)).first();
        if (calendar == null) {
            throw new AssertionError("Not an iCalendar object");
        }
        return calendar;
    }

    static Optional<VEvent> event(ICalendar calendar, String uid) {
        return calendar.getEvents().stream()
                .filter(e -> e.getUid().getValue().equals(uid))
                .findFirst();
    }
}
