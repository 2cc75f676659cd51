package app.kiroku.shared.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.dependency.NpmPackage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class KirokuCalendarTest {

    @Test
    void fullCalendarsPackagesAreOfOneVersion() {
        Map<String, String> versions = Arrays.stream(KirokuCalendar.class.getAnnotationsByType(NpmPackage.class))
                .filter(npm -> npm.value().startsWith("@fullcalendar/"))
                .collect(Collectors.toMap(NpmPackage::value, NpmPackage::version));
        assertThat(versions)
                .containsOnlyKeys(
                        "@fullcalendar/core",
                        "@fullcalendar/daygrid",
                        "@fullcalendar/timegrid",
                        "@fullcalendar/list",
                        "@fullcalendar/interaction");
        assertThat(Set.copyOf(versions.values())).as("versions").hasSize(1);
    }

    @Test
    void eventsAreMovedNeverStretched() throws IOException {
        // a visit has a start only: a stretched event would reach the server as a move to the same start
        String element = Files.readString(Path.of("frontend", "src", "kiroku-calendar.ts"));
        assertThat(element).contains("eventDurationEditable: false").doesNotContain("eventResize");
        assertThat(CalendarJson.events(
                        List.of(CalendarEvent.allDay("e-1", "予定", LocalDate.of(2026, 12, 1), null, true))))
                .doesNotContain("durationEditable")
                .doesNotContain("\"editable\"");
    }

    @Test
    void eventsBecomeFullCalendarJsonWithLocalTimesAndEscapedText() {
        String json = CalendarJson.events(List.of(
                new CalendarEvent(
                        "n-1",
                        "山田 \"様\"\n<b>",
                        LocalDateTime.of(2026, 11, 26, 10, 30),
                        LocalDateTime.of(2026, 11, 26, 11, 30),
                        false,
                        "#1e88e5",
                        true),
                CalendarEvent.allDay("e-2", "社内会議", LocalDate.of(2026, 11, 27), null, false)));
        assertThat(json)
                .isEqualTo("[{\"id\":\"n-1\",\"title\":\"山田 \\\"様\\\"\\n\\u003cb>\","
                        + "\"start\":\"2026-11-26T10:30:00\",\"end\":\"2026-11-26T11:30:00\","
                        + "\"color\":\"#1e88e5\","
                        + "\"textColor\":\"#000000\",\"allDay\":false,\"startEditable\":true},"
                        + "{\"id\":\"e-2\",\"title\":\"社内会議\",\"start\":\"2026-11-27\","
                        + "\"allDay\":true,\"startEditable\":false}]");
    }

    @Test
    void onlyTheVisibleRangeIsAskedFor() {
        var calendar = new KirokuCalendar();
        List<LocalDate> asked = new ArrayList<>();
        calendar.setEventSource((from, to) -> {
            asked.add(from);
            asked.add(to);
            return List.of(CalendarEvent.allDay("x", "x", from, null, false));
        });
        String json = calendar.fetchEvents("2026-10-25", "2026-12-06");
        assertThat(asked).containsExactly(LocalDate.of(2026, 10, 25), LocalDate.of(2026, 12, 6));
        assertThat(json).contains("\"start\":\"2026-10-25\"");
    }

    @Test
    void aRangeUpToTheLimitIsAskedForWithTimesCutOff() {
        var calendar = new KirokuCalendar();
        List<LocalDate> asked = recording(calendar);
        calendar.fetchEvents("2026-11-01T00:00:00", "2027-01-02T00:00:00");
        assertThat(asked).containsExactly(LocalDate.of(2026, 11, 1), LocalDate.of(2027, 1, 2));
        assertThat(KirokuCalendar.MAX_RANGE_DAYS).isEqualTo(62);
    }

    @Test
    void aLongerEmptyReversedOrUnreadableRangeGetsNoEventsAndAsksForNothing() {
        var calendar = new KirokuCalendar();
        List<LocalDate> asked = recording(calendar);
        assertThat(calendar.fetchEvents("2026-11-01", "2027-01-03")).isEqualTo("[]");
        assertThat(calendar.fetchEvents("1900-01-01", "9999-12-31")).isEqualTo("[]");
        assertThat(calendar.fetchEvents("2026-12-06", "2026-10-25")).isEqualTo("[]");
        assertThat(calendar.fetchEvents("2026-11-26", "2026-11-26")).isEqualTo("[]");
        assertThat(calendar.fetchEvents("yesterday", "2026-11-26")).isEqualTo("[]");
        assertThat(calendar.fetchEvents("2026-11-01", "2026-13-01")).isEqualTo("[]");
        assertThat(calendar.fetchEvents("2026-11", "")).isEqualTo("[]");
        assertThat(calendar.fetchEvents(null, null)).isEqualTo("[]");
        assertThat(asked).isEmpty();
    }

    private static List<LocalDate> recording(KirokuCalendar calendar) {
        List<LocalDate> asked = new ArrayList<>();
        calendar.setEventSource((from, to) -> {
            asked.add(from);
            asked.add(to);
            return List.of();
        });
        return asked;
    }

    @Test
    void clicksSelectionsAndMovesReachTheListeners() {
        var calendar = new KirokuCalendar();
        List<Object> heard = new ArrayList<>();
        calendar.setDateClickListener(heard::add);
        calendar.setRangeSelectListener(heard::add);
        calendar.setEventClickListener(heard::add);
        calendar.setMoveListener(move -> heard.add(move.id() + "@" + move.start() + "/" + move.allDay()));

        calendar.dateClicked("2026-11-26T14:00:00", false);
        calendar.dateClicked("2026-11-27", true);
        calendar.rangeSelected("2026-11-26T09:00:00", "2026-11-26T11:00:00", false);
        calendar.eventClicked("n-7");
        calendar.eventMoved("n-7", "2026-11-28T10:00:00", "", false);

        assertThat(heard)
                .containsExactly(
                        new KirokuCalendar.DateClick(LocalDateTime.of(2026, 11, 26, 14, 0), false),
                        new KirokuCalendar.DateClick(LocalDateTime.of(2026, 11, 27, 0, 0), true),
                        new KirokuCalendar.RangeSelect(
                                LocalDateTime.of(2026, 11, 26, 9, 0), LocalDateTime.of(2026, 11, 26, 11, 0), false),
                        "n-7",
                        "n-7@2026-11-28T10:00/false");
    }

    @Test
    void localeFirstDayAndViewAreElementAttributes() {
        var calendar = new KirokuCalendar();
        assertThat(calendar.getElement().getAttribute("first-day")).isEqualTo("0");
        assertThat(calendar.getElement().getAttribute("initial-view")).isEqualTo("dayGridMonth");
        calendar.setFirstDay(DayOfWeek.MONDAY);
        calendar.setLocale(Locale.ENGLISH);
        calendar.setView(KirokuCalendar.View.WEEK);
        assertThat(calendar.getElement().getAttribute("first-day")).isEqualTo("1");
        assertThat(calendar.getElement().getAttribute("locale")).isEqualTo("en");
        assertThat(calendar.getElement().getAttribute("initial-view")).isEqualTo("timeGridWeek");
    }
}
