package app.kiroku.negotiation;

import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * A record as a 見出し: its date (対応日, else 予定日), progress, handler and the first line of its report; with
 * the customer and the full texts for the cross search, whose rows show them on hover.
 */
public record NegotiationHeading(
        long id,
        long customerId,
        String customerName,
        LocalDate date,
        @Nullable LocalTime time,
        boolean done,
        @Nullable String progressName,
        @Nullable String progressColor,
        String handlerName,
        String headline,
        @Nullable String report,
        @Nullable String remarks) {}
