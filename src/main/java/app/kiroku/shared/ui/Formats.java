package app.kiroku.shared.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Dates as users know them: {@code 2026/11/26 (木)}, times {@code 14:30}. */
public final class Formats {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private Formats() {}

    public static String date(@Nullable LocalDate date, Locale locale) {
        return date == null
                ? ""
                : DateTimeFormatter.ofPattern("yyyy/MM/dd (E)", locale).format(date);
    }

    public static String time(@Nullable LocalTime time) {
        return time == null ? "" : TIME.format(time);
    }

    public static String dateTime(@Nullable LocalDateTime dateTime, Locale locale) {
        return dateTime == null ? "" : date(dateTime.toLocalDate(), locale) + " " + time(dateTime.toLocalTime());
    }
}
