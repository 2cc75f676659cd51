package app.kiroku.user;

import static app.kiroku.db.Tables.APP_USER;
import static app.kiroku.db.Tables.DEPARTMENT;

import app.kiroku.shared.text.SearchText;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record13;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class UserAdminRepository {

    private final DSLContext dsl;

    UserAdminRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<UserListItem> search(String keyword, int offset, int limit) {
        return select().where(matching(keyword))
                .orderBy(APP_USER.ACTIVE.desc(), APP_USER.KANA, APP_USER.ID)
                .offset(offset)
                .limit(limit)
                .fetch(UserAdminRepository::item);
    }

    int count(String keyword) {
        return dsl.fetchCount(APP_USER, matching(keyword));
    }

    Optional<UserListItem> find(long id) {
        return select().where(APP_USER.ID.eq(id)).fetchOptional(UserAdminRepository::item);
    }

    private SelectOnConditionStep<
                    Record13<
                            Long,
                            String,
                            String,
                            String,
                            String,
                            String,
                            Long,
                            String,
                            Boolean,
                            LocalDateTime,
                            Boolean,
                            Integer,
                            Boolean>>
            select() {
        return dsl.select(
                        APP_USER.ID,
                        APP_USER.LOGIN_ID,
                        APP_USER.NAME,
                        APP_USER.KANA,
                        APP_USER.EMAIL,
                        APP_USER.ROLE,
                        APP_USER.DEPARTMENT_ID,
                        DEPARTMENT.NAME,
                        APP_USER.ACTIVE,
                        APP_USER.LOCKED_UNTIL,
                        APP_USER.MUST_CHANGE_PASSWORD,
                        APP_USER.VERSION,
                        APP_USER.MAY_IMPORT)
                .from(APP_USER)
                .leftJoin(DEPARTMENT)
                .on(DEPARTMENT.ID.eq(APP_USER.DEPARTMENT_ID));
    }

    private static UserListItem item(
            Record13<
                            Long,
                            String,
                            String,
                            String,
                            String,
                            String,
                            Long,
                            String,
                            Boolean,
                            LocalDateTime,
                            Boolean,
                            Integer,
                            Boolean>
                    r) {
        return new UserListItem(
                r.value1(),
                r.value2(),
                r.value3(),
                r.value4(),
                r.value5(),
                Role.valueOf(r.value6()),
                r.value7(),
                r.value8(),
                r.value9(),
                r.value10(),
                r.value11(),
                r.value12(),
                r.value13());
    }

    private static Condition matching(String keyword) {
        Condition condition = DSL.trueCondition();
        for (String term : keyword.strip().split("[\\s\\u3000]+")) {
            if (term.isBlank()) {
                continue;
            }
            String kana = SearchText.toKatakana(term);
            condition = condition.and(APP_USER.LOGIN_ID
                    .contains(term)
                    .or(APP_USER.NAME.contains(term))
                    .or(APP_USER.KANA.contains(kana))
                    .or(APP_USER.EMAIL.contains(term)));
        }
        return condition;
    }

    boolean loginIdTaken(String loginId, @Nullable Long exceptId) {
        Condition same = APP_USER.LOGIN_ID.eq(loginId);
        return dsl.fetchExists(APP_USER, exceptId == null ? same : same.and(APP_USER.ID.ne(exceptId)));
    }

    long insert(UserDraft draft, String passwordHash, LocalDateTime now) {
        return dsl.insertInto(APP_USER)
                .set(APP_USER.LOGIN_ID, draft.getLoginId())
                .set(APP_USER.NAME, draft.getName())
                .set(APP_USER.KANA, draft.getKana())
                .set(APP_USER.EMAIL, draft.getEmail())
                .set(APP_USER.ROLE, draft.getRole().name())
                .set(APP_USER.DEPARTMENT_ID, draft.getDepartmentId())
                .set(APP_USER.ACTIVE, draft.isActive())
                .set(APP_USER.MAY_IMPORT, draft.getRole() == Role.STAFF && draft.isMayImport())
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.MUST_CHANGE_PASSWORD, true)
                .set(APP_USER.TEMPORARY_PASSWORD_ISSUED_AT, now)
                .set(APP_USER.CREATED_AT, now)
                .set(APP_USER.UPDATED_AT, now)
                .returningResult(APP_USER.ID)
                .fetchSingle(APP_USER.ID);
    }

    boolean update(long id, int version, UserDraft draft, LocalDateTime now) {
        return dsl.update(APP_USER)
                        .set(APP_USER.LOGIN_ID, draft.getLoginId())
                        .set(APP_USER.NAME, draft.getName())
                        .set(APP_USER.KANA, draft.getKana())
                        .set(APP_USER.EMAIL, draft.getEmail())
                        .set(APP_USER.ROLE, draft.getRole().name())
                        .set(APP_USER.DEPARTMENT_ID, draft.getDepartmentId())
                        .set(APP_USER.ACTIVE, draft.isActive())
                        .set(APP_USER.MAY_IMPORT, draft.getRole() == Role.STAFF && draft.isMayImport())
                        .set(APP_USER.UPDATED_AT, now)
                        .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                        .where(APP_USER.ID.eq(id))
                        .and(APP_USER.VERSION.eq(version))
                        .execute()
                == 1;
    }

    /**
     * A temporary password ({@code mustChange}) is valid for a while from {@code now}; one chosen by the user is not.
     */
    void setPassword(long id, String passwordHash, boolean mustChange, LocalDateTime now) {
        dsl.update(APP_USER)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.MUST_CHANGE_PASSWORD, mustChange)
                .set(APP_USER.TEMPORARY_PASSWORD_ISSUED_AT, mustChange ? now : null)
                .set(APP_USER.UPDATED_AT, now)
                .where(APP_USER.ID.eq(id))
                .execute();
    }

    void unlock(long id) {
        dsl.update(APP_USER)
                .set(APP_USER.FAILED_LOGIN_COUNT, 0)
                .setNull(APP_USER.LOCKED_UNTIL)
                .where(APP_USER.ID.eq(id))
                .execute();
    }

    Optional<String> passwordHash(long id) {
        return dsl.select(APP_USER.PASSWORD_HASH)
                .from(APP_USER)
                .where(APP_USER.ID.eq(id))
                .fetchOptional(APP_USER.PASSWORD_HASH);
    }

    boolean mustChangePassword(long id) {
        return dsl.fetchExists(APP_USER, APP_USER.ID.eq(id).and(APP_USER.MUST_CHANGE_PASSWORD.isTrue()));
    }
}
