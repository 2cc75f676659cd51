package app.kiroku.dashboard;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 日報: one person's day. The records they did that day in time order (untimed ones last), their plain 予定 of the
 * day, and the plans that follow: the next open plans of the customers they saw that day.
 */
public record DailyReport(
        long userId, String personName, LocalDate date, List<Done> done, List<Entry> entries, List<Next> next) {

    /** A record done that day, with the full report and 備考. */
    public record Done(
            long id,
            String customerName,
            @Nullable LocalTime time,
            @Nullable String progressName,
            @Nullable String progressColor,
            @Nullable String report,
            @Nullable String remarks) {}

    /** A plain 予定 of the day (owned or joined). */
    public record Entry(
            long id,
            String title,
            LocalDateTime start,
            LocalDateTime end,
            boolean allDay,
            @Nullable String place,
            @Nullable String memo) {}

    /** A plan after that day without 対応日 yet, for a customer seen that day. */
    public record Next(
            long id,
            String customerName,
            LocalDate date,
            @Nullable LocalTime time,
            String handlerName) {}
}
