package app.kiroku.user;

import static app.kiroku.db.Tables.APP_USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kiroku.KirokuTest;
import app.kiroku.SignIn;
import app.kiroku.mail.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.transaction.annotation.Transactional;

/**
 * A temporary password an admin issued signs in for 72 hours (the default); a password the user chose does not
 * expire.
 */
@KirokuTest
@Transactional
class TemporaryPasswordExpiryTest {

    private static final Duration VALIDITY = Duration.ofHours(72);

    @Autowired
    UserAdminService admin;

    @Autowired
    AccountService accounts;

    @Autowired
    KirokuUserDetailsService users;

    @Autowired
    UserAccountRepository accountRows;

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    @Autowired
    DSLContext dsl;

    @Autowired
    Clock clock;

    AuthenticationManager authentication;

    @BeforeEach
    void signIn() throws Exception {
        authentication = authenticationConfiguration.getAuthenticationManager();
        SignIn.as(users, "admin");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private UserAdminService.Issued newUser(String loginId) {
        var draft = new UserDraft();
        draft.setLoginId(loginId);
        draft.setName("期限 確認");
        draft.setKana("キゲン カクニン");
        draft.setRole(Role.STAFF);
        return admin.create(draft);
    }

    private boolean logsIn(String loginId, String password) {
        return authentication
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(loginId, password))
                .isAuthenticated();
    }

    private void issuedAgo(String loginId, Duration age) {
        dsl.update(APP_USER)
                .set(
                        APP_USER.TEMPORARY_PASSWORD_ISSUED_AT,
                        LocalDateTime.now(clock).minus(age))
                .where(APP_USER.LOGIN_ID.eq(loginId))
                .execute();
    }

    @Test
    void theAdminIsToldUntilWhenTheTemporaryPasswordSignsIn() {
        var issued = newUser("expiry.told");
        assertThat(issued.validUntil()).isEqualTo(LocalDateTime.now(clock).plus(VALIDITY));
        assertThat(admin.resetPassword(issued.id()).validUntil())
                .isEqualTo(LocalDateTime.now(clock).plus(VALIDITY));
    }

    @Test
    void aTemporaryPasswordOlderThanItsValidityNoLongerSignsInUntilTheAdminIssuesANewOne() {
        var issued = newUser("expiry.old");
        issuedAgo("expiry.old", VALIDITY.minusMinutes(1));
        assertThat(logsIn("expiry.old", issued.temporaryPassword())).isTrue();

        issuedAgo("expiry.old", VALIDITY);
        // the login page shows its generic failure for this: only LockedException and DisabledException say more
        assertThatThrownBy(() -> logsIn("expiry.old", issued.temporaryPassword()))
                .isInstanceOf(CredentialsExpiredException.class);

        var renewed = admin.resetPassword(issued.id());
        assertThat(logsIn("expiry.old", renewed.temporaryPassword())).isTrue();
    }

    @Test
    void theValidityCountsOnTheClockFromTheMomentOfIssue() {
        newUser("expiry.clock");
        var later = new MutableClock();
        var loading = new KirokuUserDetailsService(accountRows, new TemporaryPasswordValidity(VALIDITY), later);

        later.advance(VALIDITY.minusSeconds(1));
        assertThat(loading.loadUserByUsername("expiry.clock").isCredentialsNonExpired())
                .isTrue();
        later.advance(Duration.ofSeconds(1));
        assertThat(loading.loadUserByUsername("expiry.clock").isCredentialsNonExpired())
                .isFalse();
    }

    @Test
    void aPasswordTheUserChoseDoesNotExpire() {
        var issued = newUser("expiry.own");
        SignIn.as(users, "expiry.own");
        accounts.changePassword(issued.temporaryPassword(), "Umi-no-oto-2026");

        var later = new MutableClock();
        later.advance(Duration.ofDays(400));
        var loading = new KirokuUserDetailsService(accountRows, new TemporaryPasswordValidity(VALIDITY), later);
        assertThat(loading.loadUserByUsername("expiry.own").isCredentialsNonExpired())
                .isTrue();
        assertThat(dsl.select(APP_USER.TEMPORARY_PASSWORD_ISSUED_AT)
                        .from(APP_USER)
                        .where(APP_USER.LOGIN_ID.eq("expiry.own"))
                        .fetchSingle(APP_USER.TEMPORARY_PASSWORD_ISSUED_AT))
                .isNull();
    }

    @Test
    void theValidityMustBePositive() {
        assertThatThrownBy(() -> new TemporaryPasswordValidity(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
