package app.kiroku.user;

import static app.kiroku.db.Tables.APP_USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kiroku.KirokuTest;
import app.kiroku.TestClock;
import app.kiroku.TestData;
import java.time.LocalDateTime;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Logs in through the real authentication manager, so the events and the lock are the ones users meet. */
@KirokuTest
class LoginLockoutTest {

    private static final String LOGIN = "lockout-test";
    private static final String PASSWORD = "correct horse battery";

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    @Autowired
    DSLContext dsl;

    @Autowired
    PasswordEncoder passwords;

    AuthenticationManager authentication;

    @BeforeEach
    void createUser() throws Exception {
        authentication = authenticationConfiguration.getAuthenticationManager();
        TestData.insertStaff(dsl, LOGIN, "ロック 確認", passwords.encode(PASSWORD));
    }

    @AfterEach
    void deleteUser() {
        TestData.deleteUser(dsl, LOGIN);
    }

    @Test
    void tenWrongPasswordsLockTheAccountForFifteenMinutes() {
        for (int i = 1; i <= 9; i++) {
            assertThatThrownBy(() -> login("wrong")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(row().getFailedLoginCount()).isEqualTo(9);
        assertThat(row().getLockedUntil()).isNull();

        // the tenth attempt already says that the account is now locked
        assertThatThrownBy(() -> login("wrong")).isInstanceOf(LockedException.class);
        LocalDateTime lockedUntil = row().getLockedUntil();
        assertThat(lockedUntil).isEqualTo(TestClock.TODAY.atTime(10, 15));

        // even the right password is refused while locked, and says why
        assertThatThrownBy(() -> login(PASSWORD)).isInstanceOf(LockedException.class);
    }

    @Test
    void aSuccessfulLoginClearsTheCount() {
        assertThatThrownBy(() -> login("wrong")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> login("wrong")).isInstanceOf(BadCredentialsException.class);
        assertThat(row().getFailedLoginCount()).isEqualTo(2);

        assertThat(login(PASSWORD).isAuthenticated()).isTrue();
        assertThat(row().getFailedLoginCount()).isZero();
    }

    @Test
    void anExpiredLockStartsTheCountAfresh() {
        dsl.update(APP_USER)
                .set(APP_USER.LOCKED_UNTIL, TestClock.TODAY.atTime(9, 59))
                .where(APP_USER.LOGIN_ID.eq(LOGIN))
                .execute();
        assertThatThrownBy(() -> login("wrong")).isInstanceOf(BadCredentialsException.class);
        assertThat(row().getFailedLoginCount()).isEqualTo(1);
        assertThat(row().getLockedUntil()).isNull();
        assertThat(login(PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void deactivatedUsersCannotLogIn() {
        dsl.update(APP_USER)
                .set(APP_USER.ACTIVE, false)
                .where(APP_USER.LOGIN_ID.eq(LOGIN))
                .execute();
        assertThatThrownBy(() -> login(PASSWORD))
                .isInstanceOf(org.springframework.security.authentication.DisabledException.class);
    }

    /**
     * A locked or deactivated account is told apart only after the password hash was checked, so that it takes as
     * long as a wrong password: with a wrong password it fails as a wrong password, with the right one as locked or
     * deactivated.
     */
    @Test
    void lockedAndDeactivatedAccountsCheckThePasswordFirst() {
        dsl.update(APP_USER)
                .set(APP_USER.LOCKED_UNTIL, TestClock.TODAY.atTime(10, 15))
                .where(APP_USER.LOGIN_ID.eq(LOGIN))
                .execute();
        assertThatThrownBy(() -> login("wrong")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> login(PASSWORD)).isInstanceOf(LockedException.class);

        dsl.update(APP_USER)
                .setNull(APP_USER.LOCKED_UNTIL)
                .set(APP_USER.ACTIVE, false)
                .where(APP_USER.LOGIN_ID.eq(LOGIN))
                .execute();
        assertThatThrownBy(() -> login("wrong")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> login(PASSWORD))
                .isInstanceOf(org.springframework.security.authentication.DisabledException.class);
    }

    private org.springframework.security.core.Authentication login(String password) {
        return authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(LOGIN, password));
    }

    private app.kiroku.db.tables.records.AppUserRecord row() {
        return dsl.selectFrom(APP_USER).where(APP_USER.LOGIN_ID.eq(LOGIN)).fetchSingle();
    }
}
