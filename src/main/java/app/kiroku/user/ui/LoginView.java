package app.kiroku.user.ui;

import app.kiroku.user.LoginThrottledException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.WebAttributes;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final AuthenticationContext authentication;

    public LoginView(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("kiroku-login");

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(null));
        form.setId("login-form");

        var logo = new Span("記");
        logo.addClassName("kiroku-logo");
        var title = new H1("Kiroku");
        var tagline = new Paragraph(getTranslation("login.tagline"));
        var intro = new Paragraph(getTranslation("login.intro"));
        intro.addClassName("kiroku-login-intro");
        var brand = new Div(logo, title, tagline, intro);
        brand.addClassName("kiroku-login-brand");

        var card = new Div(form);
        card.addClassName("kiroku-login-card");
        add(brand, card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            form.setI18n(i18n(lastFailureMessage()));
            form.setError(true);
        }
    }

    /**
     * One message for a wrong password, an unknown login id, a locked and a deactivated account alike, so that the
     * page tells nobody which accounts exist; only a throttled client (not an account) is told to wait.
     */
    private String lastFailureMessage() {
        var request = VaadinServletRequest.getCurrent();
        var session = request == null ? null : request.getHttpServletRequest().getSession(false);
        Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (failure instanceof LoginThrottledException throttled) {
            return getTranslation("login.error.throttled", throttled.waitSeconds());
        }
        return getTranslation("login.error.credentials");
    }

    private LoginI18n i18n(@Nullable String errorMessage) {
        var i18n = LoginI18n.createDefault();
        var texts = new LoginI18n.Form();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        i18n.setForm(texts);
        var error = new LoginI18n.ErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(errorMessage == null ? getTranslation("login.error.credentials") : errorMessage);
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        i18n.setErrorMessage(error);
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.pageTitle");
    }
}
