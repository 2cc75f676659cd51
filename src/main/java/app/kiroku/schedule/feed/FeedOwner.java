package app.kiroku.schedule.feed;

import org.jspecify.annotations.Nullable;

/** Whose feed a token opens: an active user, their role (as stored now) and language. */
record FeedOwner(long userId, String role, @Nullable String locale) {

    boolean inHouse() {
        return "ADMIN".equals(role) || "STAFF".equals(role);
    }
}
