package app.kiroku.user;

import static app.kiroku.db.Tables.APP_USER;

import java.util.Collection;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** In-house users for pickers (担当者, 商談対応者). PARTNER users never appear here. */
@Service
@Transactional(readOnly = true)
public class UserDirectory {

    private final DSLContext dsl;

    UserDirectory(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Active ADMIN and STAFF users, in 50音 order. */
    @InHouseOnly
    public List<UserRef> activeInHouseUsers() {
        return dsl.select(
                        APP_USER.ID,
                        APP_USER.NAME,
                        APP_USER.KANA,
                        APP_USER.DEPARTMENT_ID,
                        APP_USER.ROLE,
                        APP_USER.ACTIVE)
                .from(APP_USER)
                .where(APP_USER.ROLE.in(Role.ADMIN.name(), Role.STAFF.name()))
                .and(APP_USER.ACTIVE.isTrue())
                .orderBy(APP_USER.KANA, APP_USER.ID)
                .fetch(r -> new UserRef(
                        r.value1(), r.value2(), r.value3(), r.value4(), Role.valueOf(r.value5()), r.value6()));
    }

    /** Every active user, PARTNER users included: the people who can take part in a plain schedule entry. */
    @InHouseOnly
    public List<UserRef> activeUsers() {
        return dsl.select(
                        APP_USER.ID,
                        APP_USER.NAME,
                        APP_USER.KANA,
                        APP_USER.DEPARTMENT_ID,
                        APP_USER.ROLE,
                        APP_USER.ACTIVE)
                .from(APP_USER)
                .where(APP_USER.ACTIVE.isTrue())
                .orderBy(APP_USER.ROLE.eq(Role.PARTNER.name()), APP_USER.KANA, APP_USER.ID)
                .fetch(r -> new UserRef(
                        r.value1(), r.value2(), r.value3(), r.value4(), Role.valueOf(r.value5()), r.value6()));
    }

    /** Active ADMIN and STAFF users by login id, for imports that name a 担当者 by login id. */
    @InHouseOnly
    public java.util.Map<String, Long> activeInHouseIdsByLogin() {
        return dsl.select(APP_USER.LOGIN_ID, APP_USER.ID)
                .from(APP_USER)
                .where(APP_USER.ROLE.in(Role.ADMIN.name(), Role.STAFF.name()))
                .and(APP_USER.ACTIVE.isTrue())
                .fetchMap(APP_USER.LOGIN_ID, APP_USER.ID);
    }

    /** True when every id names an active in-house user (the only users who may be 担当者 or handle records). */
    @InHouseOnly
    public boolean allActiveInHouse(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return true;
        }
        int found = dsl.fetchCount(
                APP_USER,
                APP_USER.ID
                        .in(ids)
                        .and(APP_USER.ROLE.in(Role.ADMIN.name(), Role.STAFF.name()))
                        .and(APP_USER.ACTIVE.isTrue()));
        return found == ids.size();
    }
}
