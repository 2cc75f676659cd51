package app.kiroku.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What is typed into a form survives a lost connection with an expired session, and a closed tab: the form
 * offers it back when it is opened again, and a save forgets it.
 */
class DraftsIT extends EndToEndTest {

    private static final String DRAFTS = """
            () => Object.keys(localStorage).filter(k => k.startsWith('kiroku.draft.'))
                .map(k => localStorage.getItem(k)).join('\\n')""";

    @BeforeAll
    static void startApp() throws Exception {
        start("drafts");
    }

    private static Locator offer(Page page) {
        return page.locator("vaadin-notification-card")
                .filter(new Locator.FilterOptions().setHasText("保存されていない入力があります"));
    }

    @Test
    void aReportTypedAroundALostConnectionAndAnEndedSessionIsRestoredAfterSigningInAgain() {
        Page page = browser.tablet();
        Pages.logIn(page, app, "staff1");
        String form = app.baseUrl() + "customers/1/negotiations/new";
        page.navigate(form);
        assertThat(page.locator("h1")).hasText("商談登録");
        String typed = "電波の届かない応接室で書いた日報：見積りを説明、来週再訪。";
        Locator report = page.locator("#field-report textarea");
        report.click();
        report.pressSequentially(typed);

        // the network goes; while away, the server ends the session (the browser still sends its old cookie)
        page.context().setOffline(true);
        Locator indicator = page.locator("vaadin-connection-indicator[offline][expanded]");
        assertThat(indicator).containsText("接続が切れました。入力中の内容はこの端末に保存されています。");
        page.waitForTimeout(600);
        Browser.screenshot(page, "drafts-offline-820.png");
        var cookie = page.context().cookies().stream()
                .filter(c -> c.name.equals("JSESSIONID"))
                .findFirst()
                .orElseThrow();
        page.context()
                .addCookies(List.of(new Cookie(cookie.name, "ended-by-the-server")
                        .setDomain(cookie.domain)
                        .setPath(cookie.path)
                        .setHttpOnly(true)));
        page.context().setOffline(false);

        // back online the user writes on and saves: the app asks to sign in again, then returns to the form
        String more = "追記：帰社後に見積書を送付。";
        report.pressSequentially(more);
        page.locator("#negotiation-save").click();
        page.waitForURL(Pattern.compile(".*/login$"));
        Pages.logIn(page, "staff1", Pages.DEMO_PASSWORD);
        // Spring Security's saved request, marked with ?continue
        assertThat(page).hasURL(Pattern.compile(".*/customers/1/negotiations/new(\\?continue)?$"));
        assertThat(offer(page)).isVisible();
        page.waitForTimeout(500);
        Browser.screenshot(page, "drafts-offer-820.png");
        page.locator("#draft-restore").click();

        assertThat(page.locator("#field-report textarea")).hasValue(typed + more);
        assertThat(offer(page)).isHidden();
        page.context().close();
    }

    @Test
    void aMemoTypedInATabThatWasClosedIsRestoredInTheNextTab() {
        Page page = browser.desktop();
        BrowserContext context = page.context();
        Pages.logIn(page, app, "staff1");
        String form = app.baseUrl() + "customers/2/edit";
        page.navigate(form);
        assertThat(page.locator("h1")).hasText("顧客情報の編集");
        String typed = "駐車場は裏手。犬がいるので呼び鈴の前に電話する。";
        Locator memo = page.locator("#field-memo textarea");
        memo.fill("");
        memo.pressSequentially(typed);
        page.close();

        Page again = context.newPage();
        again.navigate(form);
        if (again.url().endsWith("/login")) {
            Pages.logIn(again, "staff1", Pages.DEMO_PASSWORD);
        }
        assertThat(again.locator("h1")).hasText("顧客情報の編集");
        assertThat(offer(again)).isVisible();
        again.locator("#draft-restore").click();

        assertThat(again.locator("#field-memo textarea")).hasValue(typed);
        context.close();
    }

    @Test
    void aSavedRecordLeavesNoDraftBehind() {
        Page page = browser.desktop();
        Pages.logIn(page, app, "staff1");
        String form = app.baseUrl() + "customers/3/negotiations/new";
        page.navigate(form);
        assertThat(page.locator("h1")).hasText("商談登録");
        Locator date = page.locator("#field-planned-date input");
        date.fill(LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(2).format(DateTimeFormatter.ofPattern("yyyy/MM/dd")));
        date.press("Enter");
        String typed = "保存したら下書きは消える。";
        Locator report = page.locator("#field-report textarea");
        report.click();
        report.pressSequentially(typed);
        page.waitForFunction(DRAFTS.replace("join('\\n')", "join('\\n').includes('" + typed + "')"));

        page.locator("#negotiation-save").click();
        assertThat(page).hasURL(Pattern.compile(".*/negotiations/\\d+$"));
        assertThat((String) page.evaluate(DRAFTS)).doesNotContain(typed);

        page.navigate(form);
        assertThat(page.locator("h1")).hasText("商談登録");
        page.waitForTimeout(1500);
        assertThat(offer(page)).isHidden();
        page.context().close();
    }

    @Test
    void cancellingTheFormForgetsItsDraft() {
        Page page = browser.desktop();
        Pages.logIn(page, app, "staff1");
        page.navigate(app.baseUrl() + "customers/new");
        assertThat(page.locator("h1")).hasText("顧客情報の新規登録");
        String typed = "やめておく顧客のメモ";
        page.locator("#field-memo textarea").pressSequentially(typed);
        page.waitForFunction(DRAFTS.replace("join('\\n')", "join('\\n').includes('" + typed + "')"));

        page.locator("#customer-cancel").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("破棄する"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/customers$"));
        assertThat((String) page.evaluate(DRAFTS)).doesNotContain(typed);
        page.context().close();
    }
}
