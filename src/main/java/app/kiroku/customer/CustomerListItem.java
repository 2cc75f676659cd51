package app.kiroku.customer;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One row of the customer search list (参考②), with 現進捗, 次回接触予定日 and 最終対応日. */
public record CustomerListItem(
        long id,
        String name,
        String kana,
        @Nullable String phone,
        @Nullable String mobile,
        @Nullable String address,
        @Nullable String assigneeNames,
        @Nullable String rankName,
        @Nullable String progressName,
        @Nullable String progressColor,
        @Nullable LocalDate nextContactDate,
        @Nullable LocalDate lastContactDate) {}
