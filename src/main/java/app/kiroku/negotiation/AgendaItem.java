package app.kiroku.negotiation;

import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/** One negotiation record as it appears on someone's agenda: on 対応日 if set, else on 予定日. */
public record AgendaItem(
        long id,
        LocalDate date,
        @Nullable LocalTime time,
        boolean done,
        String customerName,
        @Nullable String progressName,
        @Nullable String progressColor,
        String handlerName,
        String headline) {}
