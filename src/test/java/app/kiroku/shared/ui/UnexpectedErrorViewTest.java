package app.kiroku.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.KirokuBrowserlessTest;
import app.kiroku.SignIn;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.core.userdetails.UserDetailsService;

@ExtendWith(OutputCaptureExtension.class)
class UnexpectedErrorViewTest extends KirokuBrowserlessTest {

    static final String SECRET = "SELECT password_hash FROM app_user";

    /** A screen that fails as it opens, with a detail that must stay in the log. */
    @Route("test-broken-screen")
    @AnonymousAllowed
    public static class BrokenScreen extends Div {
        public BrokenScreen() {
            throw new IllegalStateException(SECRET);
        }
    }

    @Autowired
    UserDetailsService users;

    @Test
    void aScreenThatFailsToOpenShowsTheGenericMessageAndAnIdButNotTheException(CapturedOutput log) {
        SignIn.as(users, "staff1");
        UI.getCurrent().navigate("test-broken-screen");

        assertThat(getCurrentView()).isInstanceOf(UnexpectedErrorView.class);
        String shown = getCurrentView().getElement().getTextRecursively();
        assertThat(shown).contains("予期しないエラーが発生しました").doesNotContain(SECRET).doesNotContain("IllegalStateException");
        String reference = $(Paragraph.class).id("error-reference").getText();
        assertThat(reference).matches("管理者にお問い合わせの際は、エラー番号 [0-9A-F]{8} をお伝えください。");

        // the log has the detail under the id on the screen
        String id = reference.replaceAll(".*エラー番号 ([0-9A-F]{8}) .*", "$1");
        String logged = log.getAll();
        assertThat(logged).contains("Could not open test-broken-screen [error id " + id + "]");
        String entry = logged.substring(logged.indexOf("[error id " + id + "]"));
        assertThat(entry)
                .contains("java.lang.IllegalStateException: " + SECRET)
                .contains("at app.kiroku.shared.ui.UnexpectedErrorViewTest$BrokenScreen");
    }
}
