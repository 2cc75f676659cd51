package app.kiroku.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The packaged jar in its zero-setup mode (embedded MariaDB, demo data), in Chromium, as users meet it. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoginAndHomeIT extends EndToEndTest {

    private static final String PASSWORD = "kiroku-demo";
    private static int staffAgendaCards;

    @BeforeAll
    static void startApp() throws Exception {
        start("login");
    }

    @Test
    @Order(1)
    void theLoginPageIsJapaneseAtDesktopAndTabletSize() {
        for (Page page : List.of(browser.desktop(), browser.tablet())) {
            List<String> errors = consoleErrors(page);
            page.navigate(app.baseUrl());
            assertThat(page).hasURL(app.baseUrl() + "login");
            assertThat(page.locator("vaadin-login-form")).containsText("ログインID");
            assertThat(page.locator("vaadin-login-form")).containsText("パスワード");
            assertThat(page.locator(".kiroku-login-brand")).containsText("訪問営業のための商談記録");
            Browser.screenshot(page, "login-" + page.viewportSize().width + ".png");
            assertThat(errors).isEmpty();
            page.context().close();
        }
    }

    @Test
    @Order(2)
    void staffLogInWithANewSessionAndSeeTodaysAgenda() {
        Page page = browser.desktop();
        List<String> errors = consoleErrors(page);
        page.navigate(app.baseUrl() + "login");
        String before = sessionId(page);
        Pages.logIn(page, "staff1", PASSWORD);

        assertThat(page.locator("#view-title")).hasText("今日の予定");
        assertThat(page.locator("h1")).hasText("今日の予定");
        var cards = page.locator("a.kiroku-agenda-card.is-negotiation");
        assertThat(cards.first()).isVisible();
        staffAgendaCards = cards.count();
        assertThat(staffAgendaCards).isPositive();
        assertThat(page.locator(".kiroku-agenda-day.is-today")).containsText("今日");
        assertThat(sessionId(page)).as("a new session id at login").isNotEqualTo(before);
        // the first screen after login draws the navigation's icons and the header's avatar (their web components
        // are loaded with the layout, not only once a screen using them has been opened)
        org.assertj.core.api.Assertions.assertThat(page.locator("#main-nav vaadin-icon")
                        .first()
                        .evaluate("icon => icon.shadowRoot !== null && icon.getBoundingClientRect().width > 0"))
                .isEqualTo(true);
        org.assertj.core.api.Assertions.assertThat(page.locator("#user-menu vaadin-avatar")
                        .evaluate("avatar => avatar.shadowRoot !== null && avatar.getBoundingClientRect().width > 0"))
                .isEqualTo(true);
        Browser.screenshot(page, "home-1440.png");

        cards.first().click();
        assertThat(page.locator("#negotiation-fields")).containsText("商談対応者");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/negotiations/\\d+$"));
        Browser.screenshot(page, "negotiation-detail-1440.png");
        // the record's back control leads to its customer
        page.locator("#back").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/customers/\\d+$"));
        assertThat(page.locator("#customer-fields")).isVisible();
        assertThat(errors).isEmpty();
        page.context().close();
    }

    @Test
    @Order(3)
    void onATabletTheDrawerCollapsesAndTargetsAreBigEnoughToTouch() {
        Page page = browser.tablet();
        page.navigate(app.baseUrl() + "login");
        Pages.logIn(page, "staff1", PASSWORD);
        assertThat(page.locator("#agenda")).isVisible();
        assertThat(page.locator("vaadin-app-layout")).hasAttribute("overlay", "");
        assertThat(page.locator("vaadin-side-nav")).not().isInViewport();
        var toggle = page.locator("vaadin-drawer-toggle").boundingBox();
        assertThat(toggle.height).isGreaterThanOrEqualTo(44);
        assertThat(toggle.width).isGreaterThanOrEqualTo(44);
        assertThat(page.locator("a.kiroku-agenda-card").first().boundingBox().height)
                .isGreaterThanOrEqualTo(44);
        Browser.screenshot(page, "home-820.png");

        page.locator("vaadin-drawer-toggle").click();
        assertThat(page.locator("vaadin-side-nav")).isInViewport();
        page.waitForCondition(() -> page.locator("vaadin-side-nav").boundingBox().x >= 0);
        Browser.screenshot(page, "home-820-drawer.png");
        page.context().close();
    }

    @Test
    @Order(4)
    void partnersSeeNoCustomerDataAndCannotOpenARecord() {
        Page page = browser.desktop();
        page.navigate(app.baseUrl() + "login");
        Pages.logIn(page, "partner1", PASSWORD);
        assertThat(page.locator("#agenda")).isVisible();
        assertThat(page.locator(".is-negotiation")).hasCount(0);
        assertThat(page.locator("#stat-today")).hasCount(0);

        // their menu: 今日の予定 and スケジュール, nothing customer-linked
        assertThat(page.locator("vaadin-side-nav-item")).hasCount(2);
        assertThat(page.locator("vaadin-side-nav")).not().containsText("顧客検索");
        for (String path : List.of("negotiations/1", "customers", "customers/1", "customers/new")) {
            page.navigate(app.baseUrl() + path);
            assertThat(page.locator("#not-found")).containsText("ページが見つかりません");
        }
        assertThat(page.locator("#negotiation-fields")).hasCount(0);
        page.context().close();
    }

    @Test
    @Order(5)
    void theLanguageCanBeSwitchedAndTheUserCanLogOut() {
        Page page = browser.desktop();
        page.navigate(app.baseUrl() + "login");
        Pages.logIn(page, "staff1", PASSWORD);
        page.locator("#user-menu").click();
        page.locator("#language-en").click();
        assertThat(page.locator("h1")).hasText("Today");
        page.locator("#user-menu").click();
        page.locator("#language-ja").click();
        assertThat(page.locator("h1")).hasText("今日の予定");

        page.locator("#user-menu").click();
        assertThat(page.locator("#account")).hasText("アカウント設定");
        page.locator("#logout").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login.*"));
        page.navigate(app.baseUrl());
        assertThat(page).hasURL(app.baseUrl() + "login");
        page.context().close();
    }

    @Test
    @Order(6)
    void repeatedWrongPasswordsMakeTheClientWaitWithoutTellingWhetherTheAccountExists() {
        Page page = browser.desktop();
        page.navigate(app.baseUrl() + "login");
        Pages.logIn(page, "staff2", "wrong-1");
        assertThat(page).hasURL(app.baseUrl() + "login?error");
        Locator message = page.locator("vaadin-login-form [part='error-message-description']");
        assertThat(message).hasText(Pattern.compile("^ログインIDまたはパスワードが正しくありません。.*"));
        String wrongPassword = message.innerText();
        Pages.logIn(page, "nobody-such", "wrong-2");
        assertThat(page).hasURL(app.baseUrl() + "login?error");
        assertThat(message).hasText(wrongPassword);
        for (int i = 3; i <= 5; i++) {
            Pages.logIn(page, "staff2", "wrong-" + i);
            assertThat(page).hasURL(app.baseUrl() + "login?error");
        }
        // the client now waits, even with the right password, before its password is checked at all
        Pages.logIn(page, "staff2", PASSWORD);
        assertThat(page).hasURL(app.baseUrl() + "login?error");
        assertThat(page.locator("vaadin-login-form")).containsText("しばらくお待ちください");
        assertThat(page.locator("vaadin-login-form")).not().containsText("ロック");
        Browser.screenshot(page, "login-throttled-1440.png");
        page.context().close();
    }

    @Test
    @Order(7)
    void dataSurvivesARestartAndIsNotSeededTwice() throws Exception {
        app.close();
        app = RunningApp.start(dataDir("login"), "app-login-second-start");
        // the seeder runs once the server already answers: wait for its verdict
        app.awaitLog("Database already holds data", java.time.Duration.ofSeconds(60));
        assertThat(app.log()).contains("Database already holds data").doesNotContain("Demo data added");

        Page page = browser.desktop();
        page.navigate(app.baseUrl() + "login");
        Pages.logIn(page, "staff1", PASSWORD);
        assertThat(page.locator("a.kiroku-agenda-card.is-negotiation")).hasCount(staffAgendaCards);
        page.context().close();

        // the throttled client of the previous run did not lock the account it guessed at
        Page other = browser.desktop();
        other.navigate(app.baseUrl() + "login");
        Pages.logIn(other, "staff2", PASSWORD);
        assertThat(other.locator("h1").first()).hasText("今日の予定");
        other.context().close();
    }

    private static String sessionId(Page page) {
        return page.context().cookies().stream()
                .filter(c -> c.name.equals("JSESSIONID"))
                .map(c -> c.value)
                .findFirst()
                .orElse("");
    }

    private static List<String> consoleErrors(Page page) {
        List<String> errors = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                errors.add(message.text());
            }
        });
        return errors;
    }
}
