package app.kiroku.negotiation;

import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/** One row of 商談検索: date (対応日, else 予定日), customer, handler, progress, rank, department and heading. */
public record NegotiationListItem(
        long id,
        LocalDate date,
        @Nullable LocalTime time,
        boolean done,
        long customerId,
        String customerName,
        String handlerName,
        @Nullable String progressName,
        @Nullable String progressColor,
        @Nullable String rankName,
        @Nullable String departmentName,
        String headline,
        @Nullable String report,
        @Nullable String remarks) {
}
