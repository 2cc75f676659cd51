package app.kiroku.negotiation;

import app.kiroku.mail.CalendarPart;
import biweekly.ICalendar;
import biweekly.component.StandardTime;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.parameter.ParticipationStatus;
import biweekly.parameter.Role;
import biweekly.property.Attendee;
import biweekly.property.Method;
import biweekly.property.Organizer;
import biweekly.property.Status;
import biweekly.util.DateTimeComponents;
import biweekly.util.ICalDate;
import biweekly.util.UtcOffset;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Optional;
import java.util.TimeZone;

/**
 * A visit as an iTIP message (RFC 5546), written with biweekly: METHOD:REQUEST for a new or changed visit,
 * METHOD:CANCEL when it is gone. Timed visits last {@link #DURATION} in the company's time zone; a visit without a
 * time is an all-day event.
 */
final class VisitCalendar {

    static final Duration DURATION = Duration.ofHours(1);

    private final Clock clock;
    private final String organizerEmail;

    VisitCalendar(Clock clock, String organizerEmail) {
        this.clock = clock;
        this.organizerEmail = organizerEmail;
    }

    CalendarPart write(
            CalendarPart.Method method, VisitEvent visit, String summary, String attendeeName, String attendeeEmail) {
        var ical = new ICalendar();
        ical.setProductId("-//Kiroku//Kiroku//EN");
        ical.setMethod(method == CalendarPart.Method.REQUEST ? Method.request() : Method.cancel());
        var event = new VEvent();
        event.setUid(VisitEvent.uid(visit.negotiationId()));
        event.setSequence(visit.sequence());
        event.setDateTimeStamp(Date.from(clock.instant()));
        event.setSummary(summary);
        if (visit.address() != null) {
            event.setLocation(visit.address());
        }
        var organizer = new Organizer("Kiroku", organizerEmail);
        event.setOrganizer(organizer);
        var attendee = new Attendee(attendeeName, attendeeEmail);
        attendee.setRole(Role.ATTENDEE);
        attendee.setParticipationStatus(ParticipationStatus.NEEDS_ACTION);
        attendee.setRsvp(false);
        event.addAttendee(attendee);
        if (method == CalendarPart.Method.CANCEL) {
            event.setStatus(Status.cancelled());
        }
        ZoneId zone = clock.getZone();
        if (visit.time() == null) {
            event.setDateStart(new ICalDate(
                    day(
                            visit.date().getYear(),
                            visit.date().getMonthValue(),
                            visit.date().getDayOfMonth()),
                    false));
            var next = visit.date().plusDays(1);
            event.setDateEnd(new ICalDate(day(next.getYear(), next.getMonthValue(), next.getDayOfMonth()), false));
        } else {
            ZonedDateTime start = visit.date().atTime(visit.time()).atZone(zone);
            event.setDateStart(Date.from(start.toInstant()), true);
            event.setDateEnd(Date.from(start.plus(DURATION).toInstant()), true);
            timezone(zone).ifPresent(tz -> ical.getTimezoneInfo().setDefaultTimezone(tz));
        }
        ical.addEvent(event);
        return new CalendarPart(method, ical.write());
    }

    private static DateTimeComponents day(int year, int month, int day) {
        return new DateTimeComponents(year, month, day);
    }

    /**
     * The zone as a VTIMEZONE when it keeps one offset from now on (Asia/Tokyo has since 1951): one STANDARD
     * observance is then exact. For a zone with daylight saving the times are written in UTC instead, which every
     * calendar shows in its user's own zone.
     */
    private Optional<TimezoneAssignment> timezone(ZoneId zone) {
        var rules = zone.getRules();
        if (rules.nextTransition(clock.instant()) != null) {
            return Optional.empty();
        }
        ZoneOffset offset = rules.getOffset(clock.instant());
        int seconds = offset.getTotalSeconds();
        var observance = new StandardTime();
        observance.setDateStart(new DateTimeComponents(1970, 1, 1, 0, 0, 0, false));
        var utcOffset = new UtcOffset(seconds >= 0, Math.abs(seconds) / 3600, Math.abs(seconds) % 3600 / 60);
        observance.setTimezoneOffsetFrom(utcOffset);
        observance.setTimezoneOffsetTo(utcOffset);
        var vtimezone = new VTimezone(zone.getId());
        vtimezone.addStandardTime(observance);
        return Optional.of(new TimezoneAssignment(TimeZone.getTimeZone(zone), vtimezone));
    }
}
