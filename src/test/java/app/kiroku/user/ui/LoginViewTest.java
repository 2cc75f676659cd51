package app.kiroku.user.ui;

import static app.kiroku.db.Tables.APP_USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kiroku.KirokuBrowserlessTest;
import app.kiroku.TestClock;
import app.kiroku.TestData;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinServletRequest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.WebAttributes;

/**
 * The login page after a failed sign-in, with the failure the real authentication manager gave: a locked or
 * deactivated account reads exactly like a wrong password or an unknown login id.
 */
class LoginViewTest extends KirokuBrowserlessTest {

    private static final String LOGIN = "login-view-test";
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
        TestData.insertStaff(dsl, LOGIN, "ログイン 画面", passwords.encode(PASSWORD));
    }

    @AfterEach
    void deleteUser() {
        TestData.deleteUser(dsl, LOGIN);
    }

    @Test
    void lockedAndDeactivatedAccountsShowTheSameMessageAsAWrongPassword() {
        String wrongPassword = pageAfter(failedLogin(LOGIN, "wrong password"));
        assertThat(wrongPassword).contains("ログインIDまたはパスワードが正しくありません。");
        assertThat(pageAfter(failedLogin("no-such-user", PASSWORD))).isEqualTo(wrongPassword);

        dsl.update(APP_USER)
                .set(APP_USER.ACTIVE, false)
                .where(APP_USER.LOGIN_ID.eq(LOGIN))
                .execute();
        assertThat(pageAfter(failedLogin(LOGIN, PASSWORD))).isEqualTo(wrongPassword);
        assertThat(pageAfter(failedLogin(LOGIN, "wrong password"))).isEqualTo(wrongPassword);

        dsl.update(APP_USER)
                .set(APP_USER.ACTIVE, true)
                .set(APP_USER.LOCKED_UNTIL, TestClock.TODAY.atTime(10, 15))
                .where(APP_USER.LOGIN_ID.eq(LOGIN))
                .execute();
        assertThat(pageAfter(failedLogin(LOGIN, PASSWORD))).isEqualTo(wrongPassword);
        assertThat(pageAfter(failedLogin(LOGIN, "wrong password"))).isEqualTo(wrongPassword);
    }

    private AuthenticationException failedLogin(String loginId, String password) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(loginId, password);
        var thrown = new AuthenticationException[1];
        assertThatThrownBy(() -> authentication.authenticate(token))
                .isInstanceOfSatisfying(AuthenticationException.class, failure -> thrown[0] = failure);
        return thrown[0];
    }

    /** What the login page says, as Spring Security's failure handler leaves it: the failure in the session. */
    private String pageAfter(AuthenticationException failure) {
        VaadinServletRequest.getCurrent()
                .getHttpServletRequest()
                .getSession()
                .setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
        UI.getCurrent().navigate("login");
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }
}
