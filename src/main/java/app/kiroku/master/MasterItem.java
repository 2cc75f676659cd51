package app.kiroku.master;

import org.jspecify.annotations.Nullable;

/** One value of a master list (部署, 進捗, 顧客ランク). Retired values stay readable but are not offered anew. */
public record MasterItem(long id, String name, int sortOrder, boolean active, @Nullable String color) {
}
