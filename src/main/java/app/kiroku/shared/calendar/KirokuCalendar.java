package app.kiroku.shared.calendar;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Kiroku's calendar: month / week / day / list views over FullCalendar 6 (MIT, npm), Japanese first, weeks from
 * Sunday unless told otherwise, business hours, national holidays. Events are asked from the {@link EventSource}
 * for the visible range only. Listeners hear date clicks, range selections, event clicks and moves; a move waits
 * for {@link Move#accept()} or {@link Move#reject()} (e.g. after a confirmation) and is put back when rejected.
 */
@Tag("kiroku-calendar")
@NpmPackage(value = "@fullcalendar/core", version = "6.1.22")
@NpmPackage(value = "@fullcalendar/daygrid", version = "6.1.22")
@NpmPackage(value = "@fullcalendar/timegrid", version = "6.1.22")
@NpmPackage(value = "@fullcalendar/list", version = "6.1.22")
@NpmPackage(value = "@fullcalendar/interaction", version = "6.1.22")
@NpmPackage(value = "@holiday-jp/holiday_jp", version = "2.5.1")
@JsModule("./src/kiroku-calendar.ts")
public class KirokuCalendar extends Component implements HasSize, HasStyle {

    /** The views a user can switch between. */
    public enum View {
        MONTH("dayGridMonth"),
        WEEK("timeGridWeek"),
        DAY("timeGridDay"),
        LIST("listWeek");

        private final String clientName;

        View(String clientName) {
            this.clientName = clientName;
        }
    }

    /** Events overlapping [from, to). */
    @FunctionalInterface
    public interface EventSource {
        List<CalendarEvent> fetch(LocalDate from, LocalDate to);
    }

    /** A click on an empty day or time slot. */
    public record DateClick(LocalDateTime at, boolean allDay) {}

    /** A range dragged over empty slots; {@code end} is exclusive. */
    public record RangeSelect(LocalDateTime start, LocalDateTime end, boolean allDay) {}

    /** An event dragged to a new time; answer with {@link #accept()} or {@link #reject()}. */
    public final class Move {
        private final String id;
        private final LocalDateTime start;
        private final @Nullable LocalDateTime end;
        private final boolean allDay;

        Move(String id, LocalDateTime start, @Nullable LocalDateTime end, boolean allDay) {
            this.id = id;
            this.start = start;
            this.end = end;
            this.allDay = allDay;
        }

        public String id() {
            return id;
        }

        public LocalDateTime start() {
            return start;
        }

        public @Nullable LocalDateTime end() {
            return end;
        }

        public boolean allDay() {
            return allDay;
        }

        public void accept() {
            getElement().callJsFunction("resolveMove", id, true);
        }

        public void reject() {
            getElement().callJsFunction("resolveMove", id, false);
        }
    }

    private EventSource source = (from, to) -> List.of();
    private @Nullable Consumer<DateClick> dateClickListener;
    private @Nullable Consumer<RangeSelect> rangeSelectListener;
    private @Nullable Consumer<String> eventClickListener;
    private @Nullable Consumer<Move> moveListener;

    public KirokuCalendar() {
        addClassName("kiroku-calendar");
        setFirstDay(DayOfWeek.SUNDAY);
        setView(View.MONTH);
    }

    /** Japanese (the default) or English, for titles, weekday names and holiday names. */
    public void setLocale(Locale locale) {
        getElement().setAttribute("locale", Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "en" : "ja");
    }

    public void setFirstDay(DayOfWeek day) {
        getElement().setAttribute("first-day", String.valueOf(day.getValue() % 7));
    }

    /**
     * The name of the button every day of the month view has for the keyboard, which does what a click on the empty
     * day does; {@code {0}} in it becomes the day, e.g. 「{0}に登録」.
     */
    public void setDayActionLabel(String label) {
        getElement().setAttribute("day-action-label", label);
    }

    /** The view shown first; once shown, {@link #changeView} switches it. */
    public void setView(View view) {
        getElement().setAttribute("initial-view", view.clientName);
    }

    public void changeView(View view) {
        getElement().callJsFunction("changeView", view.clientName);
    }

    public void setInitialDate(LocalDate date) {
        getElement().setAttribute("initial-date", date.toString());
    }

    public void gotoDate(LocalDate date) {
        getElement().callJsFunction("gotoDate", date.toString());
    }

    public void setEventSource(EventSource source) {
        this.source = source;
    }

    /** Asks for the visible range again, e.g. after something was saved. */
    public void refresh() {
        getElement().callJsFunction("refetch");
    }

    public void setDateClickListener(Consumer<DateClick> listener) {
        this.dateClickListener = listener;
    }

    public void setRangeSelectListener(Consumer<RangeSelect> listener) {
        this.rangeSelectListener = listener;
    }

    public void setEventClickListener(Consumer<String> listener) {
        this.eventClickListener = listener;
    }

    public void setMoveListener(Consumer<Move> listener) {
        this.moveListener = listener;
    }

    /**
     * The longest range the browser may ask for. The widest view, the month, shows six weeks (42 days); 62 days
     * leaves room for a list over a whole month or two, and keeps a crafted request from reading years at once.
     */
    public static final int MAX_RANGE_DAYS = 62;

    /**
     * What the browser asks for: the visible range as {@code 2026-10-25} or {@code 2026-10-25T00:00:00}. A range
     * that cannot be read, is empty or reversed, or is longer than {@link #MAX_RANGE_DAYS} gets no events.
     */
    @ClientCallable
    String fetchEvents(@Nullable String from, @Nullable String to) {
        LocalDate first = day(from);
        LocalDate end = day(to);
        if (first == null
                || end == null
                || !end.isAfter(first)
                || ChronoUnit.DAYS.between(first, end) > MAX_RANGE_DAYS) {
            return CalendarJson.events(List.of());
        }
        return CalendarJson.events(source.fetch(first, end));
    }

    private static @Nullable LocalDate day(@Nullable String text) {
        if (text == null || text.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    @ClientCallable
    void dateClicked(String date, boolean allDay) {
        if (dateClickListener != null) {
            dateClickListener.accept(new DateClick(parse(date), allDay));
        }
    }

    @ClientCallable
    void rangeSelected(String start, String end, boolean allDay) {
        if (rangeSelectListener != null) {
            rangeSelectListener.accept(new RangeSelect(parse(start), parse(end), allDay));
        }
    }

    @ClientCallable
    void eventClicked(String id) {
        if (eventClickListener != null) {
            eventClickListener.accept(id);
        }
    }

    @ClientCallable
    void eventMoved(String id, String start, String end, boolean allDay) {
        var move = new Move(id, parse(start), end.isEmpty() ? null : parse(end), allDay);
        if (moveListener == null) {
            move.reject();
        } else {
            moveListener.accept(move);
        }
    }

    /** {@code 2026-11-26} or {@code 2026-11-26T10:30:00} (local time, as the client sends it). */
    static LocalDateTime parse(String text) {
        return text.length() <= 10 ? LocalDate.parse(text).atStartOfDay() : LocalDateTime.parse(text.substring(0, 19));
    }
}
