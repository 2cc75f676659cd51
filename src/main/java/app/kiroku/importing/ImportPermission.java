package app.kiroku.importing;

import static app.kiroku.db.Tables.APP_USER;

import app.kiroku.user.CurrentUser;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Whether the signed-in STAFF user may import; read from the account each time, so that a change holds at once. */
@Component("importPermission")
public class ImportPermission {

    private final DSLContext dsl;
    private final CurrentUser currentUser;

    ImportPermission(DSLContext dsl, CurrentUser currentUser) {
        this.dsl = dsl;
        this.currentUser = currentUser;
    }

    public boolean granted() {
        return currentUser
                .find()
                .map(user -> dsl.fetchExists(
                        APP_USER,
                        APP_USER.ID
                                .eq(user.id())
                                .and(APP_USER.MAY_IMPORT.isTrue())
                                .and(APP_USER.ACTIVE.isTrue())))
                .orElse(false);
    }
}
