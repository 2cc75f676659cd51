package app.kiroku.master;

import app.kiroku.shared.text.SearchText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The active values of a master list by name, spaces and widths aside: how a file's 進捗, ランク or 部署 is read. */
public final class MasterNames {

    private final Map<String, MasterItem> byName = new HashMap<>();
    private final Map<Long, MasterItem> byId = new HashMap<>();

    public MasterNames(List<MasterItem> items) {
        items.stream().filter(MasterItem::active).forEach(item -> {
            byName.put(SearchText.normalize(item.name()), item);
            byId.put(item.id(), item);
        });
    }

    /** The value with this id while it is active: a default a new entry may still take. */
    public Optional<MasterItem> active(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The active value called {@code name}; empty for an unknown or retired one. */
    public Optional<MasterItem> active(String name) {
        return Optional.ofNullable(byName.get(SearchText.normalize(name)));
    }
}
