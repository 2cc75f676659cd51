package app.kiroku.user;

import static app.kiroku.db.Tables.APP_USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kiroku.KirokuTest;
import app.kiroku.TestClock;
import app.kiroku.db.tables.records.AppUserRecord;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first administrator of a database without users, and the unlock at start. The empty user table is made inside
 * a transaction that is rolled back, so the demo data of the other tests stays as it was.
 */
@KirokuTest
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminTest {

    private static final String GIVEN = "Hinoki-no-ki-kaori-27";
    private static final String LOCKED = "first-admin-unlock-test";
    private static final ApplicationArguments START = new DefaultApplicationArguments();

    @Autowired
    DSLContext dsl;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    PasswordPolicy policy;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Clock clock;

    @AfterEach
    void deleteLockedUser() {
        dsl.deleteFrom(APP_USER).where(APP_USER.LOGIN_ID.eq(LOCKED)).execute();
    }

    @Test
    void kirokuAdminPasswordMakesTheAdministratorWhoMustChangeIt(CapturedOutput output) {
        withoutUsers(() -> {
            firstAdmin(GIVEN, "").run(START);

            AppUserRecord admin = onlyUser();
            assertThat(admin.getLoginId()).isEqualTo("admin");
            assertThat(admin.getRole()).isEqualTo("ADMIN");
            assertThat(admin.getActive()).isTrue();
            assertThat(admin.getMustChangePassword()).isTrue();
            assertThat(encoder.matches(GIVEN, admin.getPasswordHash())).isTrue();
        });
        assertThat(output.getAll())
                .contains("with the password from KIROKU_ADMIN_PASSWORD")
                .doesNotContain(GIVEN);
    }

    @Test
    void withoutKirokuAdminPasswordTheOneTimePasswordIsPrintedOnceAndMustBeChanged(CapturedOutput output) {
        withoutUsers(() -> {
            firstAdmin("", "").run(START);

            AppUserRecord admin = onlyUser();
            assertThat(admin.getMustChangePassword()).isTrue();
            Matcher printed = Pattern.compile("administrator 'admin' with the one-time password (\\S+) ")
                    .matcher(output.getAll());
            assertThat(printed.find()).as("the one-time password is in the log").isTrue();
            assertThat(encoder.matches(printed.group(1), admin.getPasswordHash()))
                    .isTrue();
            assertThat(printed.find()).as("printed once").isFalse();
        });
    }

    @Test
    void aWeakKirokuAdminPasswordStopsTheStartWithoutAnAdministrator(CapturedOutput output) {
        withoutUsers(() -> {
            for (String weak : new String[] {"kiroku", "password123", "admin-admin-admin"}) {
                assertThatThrownBy(() -> firstAdmin(weak, "").run(START))
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("KIROKU_ADMIN_PASSWORD does not meet the password policy")
                        .hasMessageNotContaining(weak);
                assertThat(dsl.fetchCount(APP_USER)).isZero();
            }
        });
        assertThat(output.getAll()).doesNotContain("created the administrator");
    }

    @Test
    void anExistingDatabaseGetsNoNewAdministrator() {
        int before = dsl.fetchCount(APP_USER);
        firstAdmin(GIVEN, "").run(START);
        assertThat(dsl.fetchCount(APP_USER)).isEqualTo(before);
    }

    @Test
    void unlockAtStartClearsTheLockOfThatAccountOnly(CapturedOutput output) {
        LocalDateTime now = LocalDateTime.now(clock);
        dsl.insertInto(APP_USER)
                .set(APP_USER.LOGIN_ID, LOCKED)
                .set(APP_USER.NAME, "ロック 解除")
                .set(APP_USER.ROLE, "ADMIN")
                .set(APP_USER.PASSWORD_HASH, encoder.encode(GIVEN))
                .set(APP_USER.FAILED_LOGIN_COUNT, 4)
                .set(APP_USER.LOCKED_UNTIL, TestClock.TODAY.atTime(10, 15))
                .set(APP_USER.CREATED_AT, now)
                .set(APP_USER.UPDATED_AT, now)
                .execute();
        dsl.update(APP_USER)
                .set(APP_USER.FAILED_LOGIN_COUNT, 3)
                .where(APP_USER.LOGIN_ID.eq("staff2"))
                .execute();
        try {
            firstAdmin("", "  " + LOCKED + " ").run(START);

            AppUserRecord unlocked = user(LOCKED);
            assertThat(unlocked.getFailedLoginCount()).isZero();
            assertThat(unlocked.getLockedUntil()).isNull();
            assertThat(user("staff2").getFailedLoginCount()).isEqualTo(3);
            assertThat(output.getAll()).contains("Unlocked the account '" + LOCKED + "'");

            firstAdmin("", "nobody-here").run(START);
            assertThat(output.getAll()).contains("kiroku.unlock: there is no account 'nobody-here'");
        } finally {
            dsl.update(APP_USER)
                    .set(APP_USER.FAILED_LOGIN_COUNT, 0)
                    .where(APP_USER.LOGIN_ID.eq("staff2"))
                    .execute();
        }
    }

    private FirstAdmin firstAdmin(String givenPassword, String unlock) {
        return new FirstAdmin(dsl, encoder, policy, transaction, clock, "admin", "管理者", givenPassword, unlock);
    }

    /** Runs the body on an empty user table and rolls everything back afterwards. */
    private void withoutUsers(Runnable body) {
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            dsl.execute("SET FOREIGN_KEY_CHECKS = 0");
            try {
                dsl.deleteFrom(APP_USER).execute();
                body.run();
            } finally {
                dsl.execute("SET FOREIGN_KEY_CHECKS = 1");
            }
        });
    }

    private AppUserRecord onlyUser() {
        return dsl.selectFrom(APP_USER).fetchSingle();
    }

    private AppUserRecord user(String loginId) {
        return dsl.selectFrom(APP_USER).where(APP_USER.LOGIN_ID.eq(loginId)).fetchSingle();
    }
}
