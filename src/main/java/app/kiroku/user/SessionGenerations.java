package app.kiroku.user;

import static app.kiroku.db.Tables.APP_USER;

import java.util.Collection;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The {@code app_user.session_generation} counter (V016) that ends a user's sessions on every node. */
@Repository
class SessionGenerations {

    private final DSLContext dsl;

    SessionGenerations(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Counts the user's generation up, in the caller's transaction; returns the new one. */
    int next(long userId) {
        dsl.update(APP_USER)
                .set(APP_USER.SESSION_GENERATION, APP_USER.SESSION_GENERATION.plus(1))
                .where(APP_USER.ID.eq(userId))
                .execute();
        return current(java.util.List.of(userId)).getOrDefault(userId, 0);
    }

    /** The current generation of each of these users (a user who is gone is missing from the map). */
    Map<Long, Integer> current(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return dsl.select(APP_USER.ID, APP_USER.SESSION_GENERATION)
                .from(APP_USER)
                .where(APP_USER.ID.in(userIds))
                .fetchMap(APP_USER.ID, APP_USER.SESSION_GENERATION);
    }
}
