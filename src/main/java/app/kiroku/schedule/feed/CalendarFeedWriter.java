package app.kiroku.schedule.feed;

import app.kiroku.shared.i18n.KirokuI18nProvider;
import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.StandardTime;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.util.DateTimeComponents;
import biweekly.util.Duration;
import biweekly.util.ICalDate;
import biweekly.util.UtcOffset;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TimeZone;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Writes a feed's events as iCalendar (RFC 5545) with biweekly. Timed events carry Kiroku's time zone
 * ({@code kiroku.time-zone}, Asia/Tokyo) with its VTIMEZONE, which needs no daylight saving rules for a zone that
 * has none; a zone with daylight saving is written in UTC instead. All-day events are DATE values.
 * DTSTAMP and LAST-MODIFIED are the record's last change, so an unchanged schedule writes the same bytes.
 */
@Component
class CalendarFeedWriter {

    /** The lines of a report the description shows. */
    static final int REPORT_LINES = 5;

    private final String baseUrl;
    private final ZoneId zone;
    private final @Nullable VTimezone vtimezone;

    CalendarFeedWriter(@Value("${kiroku.base-url:http://localhost:${server.port:8080}/}") String baseUrl, Clock clock) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        this.zone = clock.getZone();
        this.vtimezone = vtimezoneOf(zone);
    }

    String baseUrl() {
        return baseUrl;
    }

    byte[] write(List<FeedEvent> events, Locale locale) {
        ResourceBundle texts = KirokuI18nProvider.bundle(locale);
        var ical = new ICalendar();
        ical.setProductId("-//Kiroku//Calendar Feed//" + locale.getLanguage().toUpperCase(Locale.ROOT));
        ical.setName(texts.getString("calendarFeed.name"));
        ical.setExperimentalProperty("X-WR-CALNAME", texts.getString("calendarFeed.name"));
        ical.setRefreshInterval(Duration.builder().hours(1).build());
        ical.setExperimentalProperty("X-PUBLISHED-TTL", "PT1H");
        if (vtimezone != null) {
            // without a default time zone biweekly writes times in UTC
            ical.getTimezoneInfo().setDefaultTimezone(new TimezoneAssignment(TimeZone.getTimeZone(zone), vtimezone));
        }
        for (FeedEvent event : events) {
            ical.addEvent(event(event, texts));
        }
        return Biweekly.write(ical).go().getBytes(StandardCharsets.UTF_8);
    }

    private VEvent event(FeedEvent item, ResourceBundle texts) {
        var event = new VEvent();
        event.setUid(item.uid());
        event.setSequence(item.version());
        Date changed = Date.from(item.updatedAt().atZone(zone).toInstant());
        event.setDateTimeStamp(changed);
        event.setLastModified(changed);
        if (item.allDay()) {
            LocalDate first = item.start().toLocalDate();
            LocalDate end = item.end().toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                    ? item.end().toLocalDate()
                    : item.end().toLocalDate().plusDays(1);
            event.setDateStart(new DateStart(date(first)));
            event.setDateEnd(new DateEnd(date(end.isAfter(first) ? end : first.plusDays(1))));
        } else {
            event.setDateStart(new DateStart(instant(item.start()), true));
            event.setDateEnd(new DateEnd(instant(item.end()), true));
        }
        if (item.kind() == FeedEvent.Kind.NEGOTIATION) {
            event.setSummary(
                    item.progressName() == null
                            ? item.title()
                            : MessageFormat.format(
                                    texts.getString("calendarFeed.summary"), item.title(), item.progressName()));
            String link = baseUrl + "negotiations/" + item.id();
            String head = firstLines(item.text());
            event.setDescription(head.isEmpty() ? link : head + "\n\n" + link);
            event.setUrl(link);
        } else {
            event.setSummary(item.title());
            String memo = firstLines(item.text());
            if (!memo.isEmpty()) {
                event.setDescription(memo);
            }
        }
        if (item.location() != null && !item.location().isBlank()) {
            event.setLocation(item.location());
        }
        return event;
    }

    private Date instant(LocalDateTime local) {
        return Date.from(local.atZone(zone).toInstant());
    }

    private static ICalDate date(LocalDate day) {
        return new ICalDate(new DateTimeComponents(day.getYear(), day.getMonthValue(), day.getDayOfMonth()), false);
    }

    static String firstLines(@Nullable String text) {
        if (text == null) {
            return "";
        }
        List<String> lines = text.strip()
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .limit(REPORT_LINES)
                .toList();
        return String.join("\n", lines);
    }

    /** A VTIMEZONE of one standard offset for a zone without daylight saving now or to come; else none. */
    private static @Nullable VTimezone vtimezoneOf(ZoneId zone) {
        ZoneRules rules = zone.getRules();
        var now = java.time.Instant.now();
        if (!rules.getTransitionRules().isEmpty() || rules.nextTransition(now) != null) {
            return null;
        }
        ZoneOffset offset = rules.getOffset(now);
        int seconds = offset.getTotalSeconds();
        var utcOffset = new UtcOffset(seconds >= 0, Math.abs(seconds) / 3600, Math.abs(seconds) % 3600 / 60);
        var standard = new StandardTime();
        standard.setDateStart(new DateTimeComponents(1970, 1, 1, 0, 0, 0, false));
        standard.setTimezoneOffsetFrom(utcOffset);
        standard.setTimezoneOffsetTo(utcOffset);
        var vtimezone = new VTimezone(zone.getId());
        vtimezone.addStandardTime(standard);
        return vtimezone;
    }
}
