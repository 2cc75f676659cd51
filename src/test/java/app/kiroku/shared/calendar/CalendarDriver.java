package app.kiroku.shared.calendar;

/** Plays the browser's part for view tests: what the client side of {@link KirokuCalendar} would call. */
public final class CalendarDriver {

    private CalendarDriver() {}

    public static String fetch(KirokuCalendar calendar, String from, String to) {
        return calendar.fetchEvents(from, to);
    }

    public static void clickDate(KirokuCalendar calendar, String date, boolean allDay) {
        calendar.dateClicked(date, allDay);
    }

    public static void clickEvent(KirokuCalendar calendar, String id) {
        calendar.eventClicked(id);
    }

    public static void move(KirokuCalendar calendar, String id, String start, boolean allDay) {
        calendar.eventMoved(id, start, "", allDay);
    }
}
