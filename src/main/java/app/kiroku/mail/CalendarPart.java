package app.kiroku.mail;

/**
 * An iCalendar object sent with a mail as a {@code text/calendar; method=…; charset=UTF-8} alternative, so that mail
 * programs offer to put it into the recipient's calendar.
 *
 * @param method the iTIP method, the same as the object's METHOD property
 * @param text the iCalendar object as text
 */
public record CalendarPart(Method method, String text) {

    /** The iTIP methods Kiroku sends: an invitation (new or updated) and its cancellation. */
    public enum Method {
        REQUEST,
        CANCEL
    }
}
