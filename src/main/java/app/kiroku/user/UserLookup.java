package app.kiroku.user;

import app.kiroku.shared.text.SearchText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * In-house users found by what a file calls them: a login id (any case), or else a name that one user alone has,
 * spaces and widths aside (「佐藤　健一」 is 「佐藤健一」). Built once per batch from {@link UserDirectory}.
 */
public final class UserLookup {

    /** The user found, or none; {@code ambiguous} when several users have the name. */
    public record Found(@Nullable UserRef user, boolean ambiguous) {}

    private final Map<String, UserRef> byLogin = new HashMap<>();
    private final Map<String, List<UserRef>> byName = new HashMap<>();

    public UserLookup(List<UserRef> users, Map<String, Long> idsByLogin) {
        Map<Long, UserRef> byId = new HashMap<>();
        for (UserRef user : users) {
            byId.put(user.id(), user);
            byName.computeIfAbsent(SearchText.normalize(user.name()), n -> new ArrayList<>())
                    .add(user);
        }
        idsByLogin.forEach((login, id) -> {
            UserRef user = byId.get(id);
            if (user != null) {
                byLogin.put(login.toLowerCase(Locale.ROOT), user);
            }
        });
    }

    public Found find(String given) {
        UserRef user = byLogin.get(given.strip().toLowerCase(Locale.ROOT));
        if (user != null) {
            return new Found(user, false);
        }
        List<UserRef> named = byName.getOrDefault(SearchText.normalize(given), List.of());
        return named.size() == 1 ? new Found(named.getFirst(), false) : new Found(null, named.size() > 1);
    }
}
