package app.kiroku.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.util.FileSystemUtils;

/**
 * A first start without demo data, as on a fresh database: the only way in is the administrator with the one-time
 * password from the log, who must choose their own. Then the app is killed with {@code kill -9} and started again
 * on the same folder. Along the way: the headers every answer carries, and the embedded database's port.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstStartIT extends EndToEndTest {

    private static final String OWN_PASSWORD = "Sakura-no-saku-koro-88";
    private static final List<String> NO_DEMO = List.of("--kiroku.demo-data=false");

    @Test
    @Order(1)
    void theFirstAdminSignsInWithTheOneTimePasswordFromTheLogAndMustChooseTheirOwn() throws Exception {
        FileSystemUtils.deleteRecursively(dataDir("first-start"));
        app = RunningApp.start(dataDir("first-start"), "app-first-start", NO_DEMO);
        browser = new Browser();
        app.awaitLog("one-time password", Duration.ofSeconds(60));
        Matcher printed = Pattern.compile("administrator 'admin' with the one-time password (\\S+) ")
                .matcher(app.log());
        assertThat(printed.find()).as("the one-time password is in the log").isTrue();
        String oneTime = printed.group(1);
        assertThat(app.log()).doesNotContain("kiroku-demo");

        Page page = browser.desktop();
        page.navigate(app.baseUrl() + "login");
        Pages.logIn(page, "admin", Pages.DEMO_PASSWORD);
        assertThat(page).hasURL(app.baseUrl() + "login?error");
        Pages.logIn(page, "admin", oneTime);
        assertThat(page).hasURL(Pattern.compile(".*/account$"));
        assertThat(page.locator("#must-change")).isVisible();
        page.locator("#account-current input").fill(oneTime);
        page.locator("#account-new input").fill(OWN_PASSWORD);
        page.locator("#account-repeat input").fill(OWN_PASSWORD);
        page.locator("#account-change").click();
        assertThat(page.locator("#must-change")).hasCount(0);
        page.context().close();
    }

    @Test
    @Order(2)
    void everyAnswerCarriesTheSecurityHeadersAndTheAppWorksUnderItsPolicy() throws Exception {
        var client = HttpClient.newHttpClient();
        var login = client.send(
                HttpRequest.newBuilder(URI.create(app.baseUrl() + "login")).build(),
                HttpResponse.BodyHandlers.discarding());
        var headers = login.headers();
        assertThat(headers.firstValue("Content-Security-Policy"))
                .get()
                .asString()
                .contains("frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "default-src 'self'");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.allValues("Set-Cookie"))
                .filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie)
                        .contains("SameSite=Lax")
                        .contains("HttpOnly")
                        .doesNotContain("Secure"));
        assertThat(headers.firstValue("Strict-Transport-Security")).isEmpty();

        // behind a TLS proxy on the same host: the cookie is Secure and HSTS is on
        var proxied = client.send(
                HttpRequest.newBuilder(URI.create(app.baseUrl() + "login"))
                        .header("X-Forwarded-Proto", "https")
                        .header("X-Forwarded-For", "203.0.113.9")
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(proxied.headers().firstValue("Strict-Transport-Security"))
                .get()
                .asString()
                .contains("max-age=");
        assertThat(proxied.headers().allValues("Set-Cookie"))
                .filteredOn(c -> c.startsWith("JSESSIONID="))
                .isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).contains("Secure"));

        Page page = browser.desktop();
        List<String> refused = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                refused.add(message.text());
            }
        });
        page.navigate(app.baseUrl() + "login");
        Pages.logIn(page, "admin", OWN_PASSWORD);
        var screens = new java.util.LinkedHashMap<String, String>();
        screens.put("", "#stat-today");
        screens.put("customers", "#customer-grid");
        screens.put("schedule", ".fc-view");
        screens.put("admin/masters", "vaadin-tabs");
        screens.put("admin/users", "#user-grid");
        screens.put("customers/new", "#field-name");
        screens.forEach((screen, shown) -> {
            page.navigate(app.baseUrl() + screen);
            assertThat(page.locator(shown).first()).isVisible();
        });
        Browser.screenshot(page, "csp-customer-form-1440.png");
        page.waitForTimeout(500);
        assertThat(refused).as("what the policy refused").isEmpty();
        page.context().close();
    }

    @Test
    @Order(3)
    void behindATrustedProxyTheLoginThrottleCountsPerForwardedClient() {
        Page guesser = browser.desktop();
        guesser.context().setExtraHTTPHeaders(Map.of("X-Forwarded-For", "203.0.113.50"));
        guesser.navigate(app.baseUrl() + "login");
        for (int i = 1; i <= 5; i++) {
            Pages.logIn(guesser, "nobody-such", "wrong-" + i);
            assertThat(guesser).hasURL(app.baseUrl() + "login?error");
        }
        Pages.logIn(guesser, "nobody-such", "wrong-6");
        assertThat(guesser.locator("vaadin-login-form")).containsText("しばらくお待ちください");
        guesser.context().close();

        // another client of the same proxy: the same address to Kiroku, its own forwarded one, not made to wait
        Page other = browser.desktop();
        other.context().setExtraHTTPHeaders(Map.of("X-Forwarded-For", "203.0.113.51"));
        other.navigate(app.baseUrl() + "login");
        Pages.logIn(other, "admin", OWN_PASSWORD);
        assertThat(other.locator("h1").first()).hasText("今日の予定");
        other.context().close();
    }

    @Test
    @Order(4)
    void theEmbeddedDatabaseRefusesStrangersAndAKilledAppComesBackWithItsData() throws Exception {
        String options = Files.readString(dataDir("first-start").resolve("run/client.cnf"));
        int port = Integer.parseInt(options.lines()
                .filter(l -> l.startsWith("port="))
                .findFirst()
                .orElseThrow()
                .substring(5));
        String databasePassword = options.lines()
                .filter(l -> l.startsWith("password="))
                .findFirst()
                .orElseThrow()
                .substring("password=".length());
        assertThat(databasePassword).hasSizeGreaterThanOrEqualTo(16);
        assertThat(app.log()).as("the app's log").doesNotContain(databasePassword);
        String url = "jdbc:mariadb://127.0.0.1:" + port + "/kiroku";
        assertThatThrownBy(() -> DriverManager.getConnection(url, "root", "").close())
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() ->
                        DriverManager.getConnection(url, "nobody", "wrong").close())
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() ->
                        DriverManager.getConnection(url, "kiroku", "wrong").close())
                .isInstanceOf(SQLException.class);

        app.kill();
        String pid = Files.readString(dataDir("first-start").resolve("run/mariadbd.pid"))
                .strip();
        var orphan = ProcessHandle.of(Long.parseLong(pid)).filter(ProcessHandle::isAlive);
        assertThat(orphan)
                .as("the embedded MariaDB outlives kill -9 of the app")
                .isPresent();
        app = RunningApp.start(dataDir("first-start"), "app-first-start-after-kill", NO_DEMO);
        assertThat(app.log()).doesNotContain("one-time password").doesNotContain(databasePassword);
        assertThat(app.log()).contains("left behind by an earlier Kiroku");
        assertThat(orphan.get().isAlive()).isFalse();

        Page page = browser.desktop();
        page.navigate(app.baseUrl() + "login");
        Pages.logIn(page, "admin", OWN_PASSWORD);
        assertThat(page.locator("h1").first()).hasText("今日の予定");
        page.context().close();
    }
}
