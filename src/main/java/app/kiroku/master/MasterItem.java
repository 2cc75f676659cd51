package app.kiroku.master;

import org.jspecify.annotations.Nullable;

/**
 * One value of a master list (部署, 進捗, 顧客ランク). Retired values stay readable but are not offered anew. Changes
 * name the {@code version} they were made to, so a change to a value someone else changed meanwhile is refused.
 */
public record MasterItem(
        long id,
        String name,
        int sortOrder,
        boolean active,
        @Nullable String color,
        int version) {}
