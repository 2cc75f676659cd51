package app.kiroku.negotiation;

import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * One row of 商談検索: date (対応日, else 予定日), customer (with its 顧客コード and phone number, or mobile number
 * when it has no phone, for an export that finds its customers again), handler, progress, rank, department and
 * heading.
 */
public record NegotiationListItem(
        long id,
        LocalDate date,
        @Nullable LocalTime time,
        boolean done,
        long customerId,
        String customerName,
        @Nullable String customerCode,
        @Nullable String customerPhone,
        String handlerName,
        @Nullable String progressName,
        @Nullable String progressColor,
        @Nullable String rankName,
        @Nullable String departmentName,
        String headline,
        @Nullable String report,
        @Nullable String remarks) {}
