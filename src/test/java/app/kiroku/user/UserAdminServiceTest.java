package app.kiroku.user;

import static app.kiroku.db.Tables.APP_USER;
import static app.kiroku.db.Tables.AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kiroku.KirokuTest;
import app.kiroku.SignIn;
import app.kiroku.shared.validation.InvalidInputException;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.transaction.annotation.Transactional;

@KirokuTest
@Transactional
class UserAdminServiceTest {

    @Autowired
    UserAdminService admin;

    @Autowired
    AccountService accounts;

    @Autowired
    KirokuUserDetailsService users;

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    @Autowired
    DSLContext dsl;

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

    private static UserDraft draft(String loginId) {
        var draft = new UserDraft();
        draft.setLoginId(loginId);
        draft.setName("新人 太郎");
        draft.setKana("しんじん たろう");
        draft.setEmail("shinjin@kiroku.example.com");
        draft.setRole(Role.STAFF);
        return draft;
    }

    @Test
    void aNewUserLogsInWithTheTemporaryPasswordAndMustChangeIt() {
        var issued = admin.create(draft("newcomer"));
        assertThat(issued.temporaryPassword()).hasSize(12);

        var login = authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("newcomer", issued.temporaryPassword()));
        assertThat(login.isAuthenticated()).isTrue();
        SignIn.as(users, "newcomer");
        assertThat(accounts.mustChangePassword()).isTrue();

        accounts.changePassword(issued.temporaryPassword(), "Umi-no-oto-2026");
        assertThat(accounts.mustChangePassword()).isFalse();
        assertThat(dsl.select(APP_USER.KANA)
                        .from(APP_USER)
                        .where(APP_USER.LOGIN_ID.eq("newcomer"))
                        .fetchSingle(APP_USER.KANA))
                .isEqualTo("シンジン\u3000タロウ");
    }

    @Test
    void aDeactivatedUserCannotLogInButKeepsTheirName() {
        var issued = admin.create(draft("leaver"));
        long id = issued.id();
        var stored = admin.search("leaver", 0, 5).getFirst();
        var edited = stored.toDraft();
        edited.setActive(false);
        admin.update(id, stored.version(), edited);

        assertThatThrownBy(() -> authentication.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated("leaver", issued.temporaryPassword())))
                .isInstanceOf(DisabledException.class);
        assertThat(admin.search("leaver", 0, 5).getFirst().name()).isEqualTo("新人 太郎");
        assertThat(dsl.fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq("DEACTIVATE").and(AUDIT_LOG.ENTITY_ID.eq(id))))
                .isOne();
    }

    @Test
    void resetAndUnlock() {
        long staff2 = dsl.select(APP_USER.ID)
                .from(APP_USER)
                .where(APP_USER.LOGIN_ID.eq("staff2"))
                .fetchSingle(APP_USER.ID);
        dsl.update(APP_USER)
                .set(APP_USER.LOCKED_UNTIL, java.time.LocalDateTime.of(2099, 1, 1, 0, 0))
                .where(APP_USER.ID.eq(staff2))
                .execute();
        admin.unlock(staff2);
        assertThat(admin.search("staff2", 0, 5).getFirst().lockedUntil()).isNull();

        var issued = admin.resetPassword(staff2);
        assertThat(authentication
                        .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                                "staff2", issued.temporaryPassword()))
                        .isAuthenticated())
                .isTrue();
        assertThat(admin.search("staff2", 0, 5).getFirst().mustChangePassword()).isTrue();
    }

    @Test
    void badInputAndSelfLockoutAreRefused() {
        var bad = draft("x");
        bad.setName(" ");
        bad.setEmail("nope");
        assertThatThrownBy(() -> admin.create(bad))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKeysByField()).containsKeys("loginId", "name", "email"));
        assertThatThrownBy(() -> admin.create(draft("staff1")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKeysByField()).containsEntry("loginId", "user.error.loginIdTaken"));

        var me = admin.search("admin", 0, 5).stream()
                .filter(u -> u.loginId().equals("admin"))
                .findFirst()
                .orElseThrow();
        var demoted = me.toDraft();
        demoted.setRole(Role.STAFF);
        demoted.setActive(false);
        assertThatThrownBy(() -> admin.update(me.id(), me.version(), demoted))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKeysByField()).containsKeys("role", "active"));
    }

    @Test
    void ownPasswordChangesFollowThePolicy() {
        var issued = admin.create(draft("policy"));
        SignIn.as(users, "policy");
        assertThatThrownBy(() -> accounts.changePassword("wrong", "Umi-no-oto-2026"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKeysByField()).containsEntry("current", "account.error.current"));
        assertThatThrownBy(() -> accounts.changePassword(issued.temporaryPassword(), "short"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKeysByField())
                                .containsEntry("password", "account.error.password.short"));
        assertThatThrownBy(() -> accounts.changePassword(issued.temporaryPassword(), "password123"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKeysByField())
                                .containsEntry("password", "account.error.password.common"));
        assertThatThrownBy(() -> accounts.changePassword(issued.temporaryPassword(), "mypolicy-password-x"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKeysByField())
                                .containsEntry("password", "account.error.password.loginId"));
    }
}
