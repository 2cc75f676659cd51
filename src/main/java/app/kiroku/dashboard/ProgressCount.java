package app.kiroku.dashboard;

import org.jspecify.annotations.Nullable;

/** Customers whose 現進捗 is one progress flag ({@code progressId} {@code null}: none yet), with its colour. */
public record ProgressCount(
        @Nullable Long progressId,
        @Nullable String name,
        @Nullable String color,
        int count) {}
