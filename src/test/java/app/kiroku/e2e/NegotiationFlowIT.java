package app.kiroku.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A record's life as a user clicks it: registered from a customer, back to it, edited, deleted. */
class NegotiationFlowIT extends EndToEndTest {

    @BeforeAll
    static void startApp() throws Exception {
        start("negotiations");
    }

    @Test
    void onADesktop() {
        walkThrough(browser.desktop(), "1440", false);
    }

    @Test
    void onATablet() {
        walkThrough(browser.tablet(), "820", true);
    }

    private void walkThrough(Page page, String size, boolean tablet) {
        String report = "E2E確認 " + size + " 初回訪問のご挨拶";
        Pages.logIn(page, app, "staff1");

        // 顧客検索 → keyword → 虫メガネ → the customer → 商談登録
        page.navigate(app.baseUrl() + "customers");
        page.locator("#customer-keyword input").fill("たなか");
        page.locator("#customer-search").click();
        // the カナ column on a desk, the compact row (顧客名 then カナ) on a tablet
        page.locator("#customer-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("タナカ"))
                .first()
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/customers/\\d+$"));
        String customerUrl = page.url();
        page.locator(tablet ? "#negotiation-register-fab" : "#negotiation-register")
                .click();
        assertThat(page.locator("h1")).hasText("商談登録");

        String planned =
                LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(3).format(DateTimeFormatter.ofPattern("yyyy/MM/dd"));
        Locator date = page.locator("#field-planned-date input");
        date.fill(planned);
        date.press("Enter");
        Locator time = page.locator("#field-planned-time input");
        time.fill("14:00");
        time.press("Tab");
        page.locator("#field-report textarea").fill(report + "\n二行目の詳細");
        Browser.screenshot(page, "negotiation-form-" + size + ".png");
        page.getByText("上記内容で保存").click();

        // the saved record, and back at the top left to the customer with its heading
        assertThat(page).hasURL(Pattern.compile(".*/negotiations/\\d+$"));
        assertThat(page.locator("#negotiation-fields")).containsText(planned);
        assertThat(page.locator("#negotiation-fields")).containsText("14:00");
        Browser.screenshot(page, "negotiation-detail-" + size + ".png");
        page.locator("#back").click();
        assertThat(page).hasURL(customerUrl);
        Locator heading = page.locator("#customer-headings vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(report));
        assertThat(heading).isVisible();
        Browser.screenshot(page, "customer-headings-" + size + ".png");

        // 編集 → change → 上記内容で保存
        heading.click();
        page.locator("#negotiation-edit").click();
        page.locator("#field-remarks textarea").fill("駐車場は裏手。");
        page.getByText("上記内容で保存").click();
        assertThat(page.locator("#negotiation-fields")).containsText("駐車場は裏手。");

        // 編集 → 削除する → the warning → OK
        page.locator("#negotiation-edit").click();
        page.locator("#negotiation-delete").click();
        Locator confirm = page.getByText(Pattern.compile("元に戻すことはできません")).first();
        assertThat(confirm).isVisible();
        Browser.screenshot(page, "negotiation-delete-" + size + ".png");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("OK"))
                .click();
        assertThat(page).hasURL(customerUrl);
        assertThat(page.locator("#customer-records")).not().containsText(report);
        page.context().close();
    }

    /** The 内容／日報 typed last, right before Ctrl+S, is saved with the record. */
    @Test
    void ctrlSSavesTheReportTypedJustBefore() {
        Page page = browser.desktop();
        Pages.logIn(page, app, "staff1");
        page.navigate(app.baseUrl() + "customers/1/negotiations/new");
        assertThat(page.locator("h1")).hasText("商談登録");
        Locator date = page.locator("#field-planned-date input");
        date.fill(LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(5).format(DateTimeFormatter.ofPattern("yyyy/MM/dd")));
        date.press("Enter");
        Locator report = page.locator("#field-report textarea");
        report.click();
        report.pressSequentially("ショートカット保存の確認、最後の一文");
        report.press("Control+s");

        assertThat(page).hasURL(Pattern.compile(".*/negotiations/\\d+$"));
        assertThat(page.locator("#negotiation-fields")).containsText("ショートカット保存の確認、最後の一文");
        page.context().close();
    }
}
