package app.kiroku.negotiation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/** Everything about one record, for its detail screen. */
public record NegotiationDetail(
        long id,
        long customerId,
        String customerName,
        String customerKana,
        @Nullable LocalDate plannedDate,
        @Nullable LocalTime plannedTime,
        @Nullable LocalDate doneDate,
        @Nullable LocalTime doneTime,
        String handlerName,
        @Nullable String progressName,
        @Nullable String progressColor,
        @Nullable String rankName,
        @Nullable String departmentName,
        @Nullable String report,
        @Nullable String remarks,
        String createdByName,
        LocalDateTime createdAt,
        String updatedByName,
        LocalDateTime updatedAt,
        int version) {
}
