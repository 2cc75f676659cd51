package app.kiroku;

import static app.kiroku.db.Tables.APP_USER;
import static app.kiroku.db.Tables.CUSTOMER_SEARCH_KEY;
import static app.kiroku.db.Tables.DEPARTMENT;
import static app.kiroku.db.Tables.PROGRESS_FLAG;

import org.jooq.DSLContext;

/** Ids of the demo data the tests refer to by name. */
public final class TestData {

    private TestData() {}

    public static long userId(DSLContext dsl, String loginId) {
        return dsl.select(APP_USER.ID)
                .from(APP_USER)
                .where(APP_USER.LOGIN_ID.eq(loginId))
                .fetchSingle(APP_USER.ID);
    }

    public static long flag(DSLContext dsl, String name) {
        return dsl.select(PROGRESS_FLAG.ID)
                .from(PROGRESS_FLAG)
                .where(PROGRESS_FLAG.NAME.eq(name))
                .fetchSingle(PROGRESS_FLAG.ID);
    }

    /** Tests that delete customers remove their search keys first; Kiroku itself never deletes a customer. */
    public static void deleteSearchKeys(DSLContext dsl, java.util.Collection<Long> customerIds) {
        dsl.deleteFrom(CUSTOMER_SEARCH_KEY)
                .where(CUSTOMER_SEARCH_KEY.CUSTOMER_ID.in(customerIds))
                .execute();
    }

    /** A STAFF account outside the demo data; remove it with {@link #deleteUser}. */
    public static void insertStaff(DSLContext dsl, String loginId, String name, String passwordHash) {
        java.time.LocalDateTime now = java.time.LocalDateTime.now();
        dsl.insertInto(APP_USER)
                .set(APP_USER.LOGIN_ID, loginId)
                .set(APP_USER.NAME, name)
                .set(APP_USER.ROLE, "STAFF")
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.CREATED_AT, now)
                .set(APP_USER.UPDATED_AT, now)
                .execute();
    }

    public static void deleteUser(DSLContext dsl, String loginId) {
        dsl.deleteFrom(APP_USER).where(APP_USER.LOGIN_ID.eq(loginId)).execute();
    }

    public static long department(DSLContext dsl, String name) {
        return dsl.select(DEPARTMENT.ID)
                .from(DEPARTMENT)
                .where(DEPARTMENT.NAME.eq(name))
                .fetchSingle(DEPARTMENT.ID);
    }
}
