package app.kiroku.user;

import static app.kiroku.db.Tables.APP_USER;

import app.kiroku.db.tables.records.AppUserRecord;
import java.time.LocalDateTime;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class UserAccountRepository {

    private final DSLContext dsl;

    UserAccountRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<AppUserRecord> findByLoginId(String loginId) {
        return dsl.selectFrom(APP_USER).where(APP_USER.LOGIN_ID.eq(loginId)).fetchOptional();
    }

    Optional<AppUserRecord> lockForUpdate(String loginId) {
        return dsl.selectFrom(APP_USER)
                .where(APP_USER.LOGIN_ID.eq(loginId))
                .forUpdate()
                .fetchOptional();
    }

    void recordFailures(long id, int failedCount, LocalDateTime lockedUntil) {
        dsl.update(APP_USER)
                .set(APP_USER.FAILED_LOGIN_COUNT, failedCount)
                .set(APP_USER.LOCKED_UNTIL, lockedUntil)
                .where(APP_USER.ID.eq(id))
                .execute();
    }

    void clearFailures(String loginId) {
        dsl.update(APP_USER)
                .set(APP_USER.FAILED_LOGIN_COUNT, 0)
                .setNull(APP_USER.LOCKED_UNTIL)
                .where(APP_USER.LOGIN_ID.eq(loginId))
                .and(APP_USER.FAILED_LOGIN_COUNT.gt(0).or(APP_USER.LOCKED_UNTIL.isNotNull()))
                .execute();
    }

    void updateLocale(long id, String languageTag, LocalDateTime now) {
        dsl.update(APP_USER)
                .set(APP_USER.LOCALE, languageTag)
                .set(APP_USER.UPDATED_AT, now)
                .where(APP_USER.ID.eq(id))
                .execute();
    }

    CalendarMailChoices calendarMailChoices(long id) {
        return dsl.select(APP_USER.VISIT_INVITATIONS, APP_USER.VISIT_REMINDERS)
                .from(APP_USER)
                .where(APP_USER.ID.eq(id))
                .fetchSingle(r -> new CalendarMailChoices(r.value1(), r.value2()));
    }

    void updateCalendarMailChoices(long id, CalendarMailChoices choices, LocalDateTime now) {
        dsl.update(APP_USER)
                .set(APP_USER.VISIT_INVITATIONS, choices.invitations())
                .set(APP_USER.VISIT_REMINDERS, choices.reminders())
                .set(APP_USER.UPDATED_AT, now)
                .where(APP_USER.ID.eq(id))
                .execute();
    }
}
