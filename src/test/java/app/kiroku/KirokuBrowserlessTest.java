package app.kiroku;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Browserless view tests over the whole app (all routes and error views), in Japanese, signed out afterwards. */
@KirokuTest
public abstract class KirokuBrowserlessTest extends SpringBrowserlessTest {

    @Override
    protected Set<String> scanPackages() {
        return Set.of("app.kiroku");
    }

    @BeforeEach
    void japanese() {
        UI.getCurrent().setLocale(Locale.JAPANESE);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }
}
