package app.kiroku.home.ui;

import app.kiroku.negotiation.AgendaItem;
import app.kiroku.schedule.ScheduleEntryItem;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** One line of 今日の予定: a negotiation record or a plain schedule entry, placed on a day and a time. */
sealed interface AgendaRow {

    LocalDate date();

    @Nullable
    LocalTime time();

    record Negotiation(AgendaItem item) implements AgendaRow {
        @Override
        public LocalDate date() {
            return item.date();
        }

        @Override
        public @Nullable LocalTime time() {
            return item.time();
        }
    }

    record Entry(ScheduleEntryItem item, LocalDate date) implements AgendaRow {
        @Override
        public @Nullable LocalTime time() {
            return item.allDay() || item.startsAt().toLocalDate().isBefore(date)
                    ? null
                    : item.startsAt().toLocalTime();
        }
    }

    Comparator<AgendaRow> BY_TIME =
            Comparator.comparing(AgendaRow::time, Comparator.nullsFirst(Comparator.naturalOrder()));

    /** Groups both kinds by day (an entry spanning days shows on each of them), all-day rows first. */
    static Map<LocalDate, List<AgendaRow>> byDay(
            List<AgendaItem> negotiations, List<ScheduleEntryItem> entries, LocalDate from, LocalDate to) {
        Map<LocalDate, List<AgendaRow>> days = new TreeMap<>();
        negotiations.forEach(item ->
                days.computeIfAbsent(item.date(), d -> new ArrayList<>()).add(new Negotiation(item)));
        for (ScheduleEntryItem entry : entries) {
            LocalDate last = entry.endsAt().minusNanos(1).toLocalDate();
            for (LocalDate day = entry.startsAt().toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
                if (!day.isBefore(from) && !day.isAfter(to)) {
                    days.computeIfAbsent(day, d -> new ArrayList<>()).add(new Entry(entry, day));
                }
            }
        }
        days.values().forEach(rows -> rows.sort(BY_TIME));
        return days;
    }
}
