package app.kiroku.shared.calendar;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Events in FullCalendar's event-object JSON (local times, no offset). Small enough to write by hand. */
final class CalendarJson {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private CalendarJson() {}

    static String events(List<CalendarEvent> events) {
        var json = new StringBuilder("[");
        for (int i = 0; i < events.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            event(json, events.get(i));
        }
        return json.append(']').toString();
    }

    private static void event(StringBuilder json, CalendarEvent e) {
        DateTimeFormatter format = e.allDay() ? DATE : DATE_TIME;
        json.append('{');
        field(json, "id", e.id()).append(',');
        field(json, "title", e.title()).append(',');
        field(json, "start", format.format(e.start())).append(',');
        if (e.end() != null) {
            field(json, "end", format.format(e.end())).append(',');
        }
        if (e.color() != null) {
            field(json, "color", e.color()).append(',');
            String text = ReadableText.on(e.color());
            if (text != null) {
                field(json, "textColor", text).append(',');
            }
        }
        json.append("\"allDay\":").append(e.allDay()).append(',');
        json.append("\"startEditable\":").append(e.movable());
        json.append('}');
    }

    private static StringBuilder field(StringBuilder json, String name, @Nullable String value) {
        return json.append('"').append(name).append("\":").append(quote(value));
    }

    static String quote(@Nullable String value) {
        if (value == null) {
            return "null";
        }
        var out = new StringBuilder(value.length() + 2).append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<' -> out.append("\\u003c");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
