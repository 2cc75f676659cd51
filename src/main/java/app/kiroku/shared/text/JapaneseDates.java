package app.kiroku.shared.text;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and times as Japanese files write them: {@code 2025/04/01}, {@code 2025-4-1}, {@code 2025年4月1日}, Excel's
 * {@code 4/1/25} (month first, as POI formats a date cell in the default format), and the Japanese calendar in
 * full ({@code 令和7年4月1日}, {@code 令和元年5月1日}) or by the era's letter ({@code R7.4.1}, {@code H31/04/30}).
 * Widths do not matter ({@code ２０２５／４／１}, {@code ㋿7年}). A date outside its era, such as 平成31年5月1日 (the
 * first day of 令和), is refused like 2月30日.
 */
public final class JapaneseDates {

    private static final Pattern WESTERN =
            Pattern.compile("(\\d{4})\\s*[/.\\-年]\\s*(\\d{1,2})\\s*[/.\\-月]\\s*" + "(\\d{1,2})\\s*日?");
    private static final Pattern MONTH_FIRST = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})");
    private static final Pattern ERA = Pattern.compile(
            "(令和|平成|昭和|大正|明治|[RHSTM])\\s*(元|\\d{1,2})\\s*" + "[/.\\-年]\\s*(\\d{1,2})\\s*[/.\\-月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})\\s*[:時]\\s*(\\d{2})\\s*分?(?::(\\d{2}))?");
    private static final Map<String, JapaneseEra> ERAS = Map.ofEntries(
            Map.entry("令和", JapaneseEra.REIWA), Map.entry("R", JapaneseEra.REIWA),
            Map.entry("平成", JapaneseEra.HEISEI), Map.entry("H", JapaneseEra.HEISEI),
            Map.entry("昭和", JapaneseEra.SHOWA), Map.entry("S", JapaneseEra.SHOWA),
            Map.entry("大正", JapaneseEra.TAISHO), Map.entry("T", JapaneseEra.TAISHO),
            Map.entry("明治", JapaneseEra.MEIJI), Map.entry("M", JapaneseEra.MEIJI));
    /** Excel reads a two-digit year below 30 as 20xx and from 30 on as 19xx. */
    private static final int TWO_DIGIT_CENTURY_LIMIT = 30;

    private JapaneseDates() {}

    /** The date {@code text} writes, or empty when it is blank or no date in any of the forms above. */
    public static Optional<LocalDate> parseDate(String text) {
        String plain = plain(text);
        try {
            Matcher western = WESTERN.matcher(plain);
            if (western.matches()) {
                return Optional.of(LocalDate.of(number(western, 1), number(western, 2), number(western, 3)));
            }
            Matcher monthFirst = MONTH_FIRST.matcher(plain);
            if (monthFirst.matches()) {
                int year = number(monthFirst, 3);
                if (monthFirst.group(3).length() == 2) {
                    year += year < TWO_DIGIT_CENTURY_LIMIT ? 2000 : 1900;
                }
                return Optional.of(LocalDate.of(year, number(monthFirst, 1), number(monthFirst, 2)));
            }
            Matcher era = ERA.matcher(plain);
            if (era.matches()) {
                int yearOfEra = era.group(2).equals("元") ? 1 : number(era, 2);
                return Optional.of(LocalDate.from(
                        JapaneseDate.of(ERAS.get(era.group(1)), yearOfEra, number(era, 3), number(era, 4))));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The time {@code text} writes ({@code 9:05}, {@code 09:05:30}, {@code 9時05分}), or empty. */
    public static Optional<LocalTime> parseTime(String text) {
        Matcher time = TIME.matcher(plain(text));
        if (!time.matches()) {
            return Optional.empty();
        }
        try {
            int seconds = time.group(3) == null ? 0 : number(time, 3);
            return Optional.of(LocalTime.of(number(time, 1), number(time, 2), seconds));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
    }

    private static int number(Matcher matcher, int group) {
        return Integer.parseInt(matcher.group(group));
    }
}
