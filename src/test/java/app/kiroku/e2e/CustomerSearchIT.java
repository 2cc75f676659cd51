package app.kiroku.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Mouse;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** 顧客検索 in Chromium: keyword + Enter, open a customer, the 商談 switch with hover, CSV, tablet layout. */
class CustomerSearchIT extends EndToEndTest {

    @BeforeAll
    static void startApp() throws Exception {
        start("customers");
    }

    @Test
    void searchOpenACustomerThenSwitchToItsRecordsAndHover() {
        Page page = browser.desktop();
        searchAsStaff1(page, "さとう");

        assertThat(page).hasURL(Pattern.compile(".*customers\\?q=.*"));
        Locator firstKana = page.locator("#customer-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^サトウ")))
                .first();
        assertThat(firstKana).isVisible();
        assertThat(page.locator("#customer-count")).containsText("件");
        // 現進捗 is drawn in the browser: a dot in the flag's colour before its name
        Locator progress = page.locator("#customer-grid vaadin-grid-cell-content span.kiroku-progress")
                .first();
        assertThat(progress).isVisible();
        org.assertj.core.api.Assertions.assertThat(progress.getAttribute("style"))
                .matches("--progress-color:#[0-9a-fA-F]{6}");
        org.assertj.core.api.Assertions.assertThat(
                        (String) progress.evaluate("e => getComputedStyle(e, '::before').backgroundColor"))
                .startsWith("rgb(");
        Browser.screenshot(page, "customers-1440.png");

        firstKana.click();
        assertThat(page).hasURL(Pattern.compile(".*/customers/\\d+$"));
        assertThat(page.locator("#customer-fields")).containsText("担当者");
        assertThat(page.locator("#customer-records")).containsText("商談記録");
        Browser.screenshot(page, "customer-1440.png");

        page.goBack();
        assertThat(page.locator("#customer-grid")).isVisible();
        assertThat(page.locator("#customer-keyword input")).hasValue("さとう");
        page.locator("#mode-records").click();
        assertThat(page).hasURL(Pattern.compile(".*view=records.*"));
        assertThat(page.locator("#cross-grid")).isVisible();
        assertThat(page.locator("#customer-count")).containsText("件");
        Locator firstDate = page.locator("#cross-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^\\d{4}/\\d{2}/\\d{2}")))
                .first();
        assertThat(firstDate).isVisible();
        // 進捗 and 状態 are drawn in the browser from the row's properties
        Locator state = page.locator("#cross-grid vaadin-grid-cell-content span.kiroku-badge")
                .first();
        assertThat(state).hasText(Pattern.compile("^(予定|対応済)$"));
        assertThat(state).hasClass(Pattern.compile("kiroku-badge is-(done|planned)"));
        Locator recordProgress = page.locator("#cross-grid vaadin-grid-cell-content span.kiroku-progress")
                .first();
        assertThat(recordProgress).isVisible();
        org.assertj.core.api.Assertions.assertThat(recordProgress.getAttribute("style"))
                .matches("--progress-color:#[0-9a-fA-F]{6}");
        firstDate.hover();
        Locator tooltip = page.locator("vaadin-tooltip[opened]");
        assertThat(tooltip).isVisible();
        // the customer's name, then the record's content
        assertThat(tooltip.innerText().lines().filter(line -> !line.isBlank()).count())
                .isGreaterThanOrEqualTo(2);
        Browser.screenshot(page, "customers-records-hover-1440.png");
        page.context().close();
    }

    /** Hostile input in the browser: a name that is markup is shown as text, never run. */
    @Test
    void aCustomerNamedLikeMarkupIsShownAsTextAndNothingRuns() {
        String name = "<img src=x onerror=alert(1)>";
        Page page = browser.desktop();
        var dialogs = new java.util.ArrayList<String>();
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        Pages.logIn(page, app, "staff1");
        page.navigate(app.baseUrl() + "customers/new");
        page.locator("#field-name input").fill(name);
        page.locator("#field-kana input").fill("ハッキング\u3000テスト");
        page.locator("#customer-save").click();

        assertThat(page).hasURL(Pattern.compile(".*/customers/\\d+$"));
        assertThat(page.locator("#customer-name")).hasText(name);
        assertThat(page.locator("#customer-name img")).hasCount(0);

        page.navigate(app.baseUrl() + "customers");
        Locator keyword = page.locator("#customer-keyword input");
        keyword.fill("ハッキング");
        keyword.press("Enter");
        Locator cell = page.locator("#customer-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(name))
                .first();
        assertThat(cell).isVisible();
        assertThat(cell).hasText(name);
        assertThat(page.locator("#customer-grid img, vaadin-grid-cell-content img"))
                .hasCount(0);
        Browser.screenshot(page, "customers-markup-name.png");
        page.waitForTimeout(500);
        assertThat(dialogs).as("JS dialogs").isEmpty();
        page.context().close();
    }

    @Test
    void csvDownloadIsUtf8WithBomAndJapaneseHeaders() throws Exception {
        Page page = browser.desktop();
        Pages.logIn(page, app, "staff1");
        page.navigate(app.baseUrl() + "customers?q=%E6%9D%B1%E4%BA%AC%E9%83%BD");
        assertThat(page.locator("#customer-grid")).isVisible();
        var download = page.waitForDownload(() -> page.locator("#customer-csv").click());
        byte[] bytes = Files.readAllBytes(download.path());

        assertThat(download.suggestedFilename()).matches("customers-\\d{8}\\.csv");
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst().orElseThrow())
                .isEqualTo("\uFEFF顧客コード,顧客名,顧客名カナ,電話番号,携帯電話," + "メールアドレス,郵便番号,住所,担当者,顧客ランク,メモ,現進捗,次回接触予定日");
        assertThat(text.lines().skip(1))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).contains("東京都"));

        var sjis = page.waitForDownload(() -> page.locator("#customer-csv-sjis").click());
        byte[] sjisBytes = Files.readAllBytes(sjis.path());
        assertThat(sjis.suggestedFilename()).matches("customers-\\d{8}-sjis\\.csv");
        assertThat(sjisBytes[0]).as("no byte order mark").isNotEqualTo((byte) 0xEF);
        assertThat(new String(sjisBytes, java.nio.charset.Charset.forName("windows-31j")))
                .isEqualTo(text.substring(1));
        page.context().close();
    }

    /**
     * The メモ typed last, right before Ctrl+S, is saved with the rest; and a name Excel would run as a formula
     * leaves in the CSV as text.
     */
    @Test
    void ctrlSSavesTheMemoTypedJustBeforeAndAFormulaNameIsExportedAsText() throws Exception {
        Page page = browser.desktop();
        Pages.logIn(page, app, "staff1");
        page.navigate(app.baseUrl() + "customers/new");
        page.locator("#field-name input").fill("=1+1");
        page.locator("#field-kana input").fill("ケイサンシキ\u3000ハジメ");
        Locator memo = page.locator("#field-memo textarea");
        memo.click();
        memo.pressSequentially("駐車場は裏手、呼び鈴は二回");
        memo.press("Control+s");

        assertThat(page).hasURL(Pattern.compile(".*/customers/\\d+$"));
        assertThat(page.locator("#customer-name")).hasText("=1+1");
        assertThat(page.locator("body")).containsText("駐車場は裏手、呼び鈴は二回");

        page.navigate(app.baseUrl() + "customers?q=%E3%82%B1%E3%82%A4%E3%82%B5%E3%83%B3%E3%82%B7%E3%82%AD");
        assertThat(page.locator("#customer-grid")).containsText("=1+1");
        var download = page.waitForDownload(() -> page.locator("#customer-csv").click());
        String text = new String(Files.readAllBytes(download.path()), StandardCharsets.UTF_8);
        assertThat(text.lines().skip(1))
                .singleElement()
                .satisfies(line -> assertThat(line).startsWith(",'=1+1,"));
        page.context().close();
    }

    /** 住所 fills while 郵便番号 is still being typed, without leaving the field; several towns are offered. */
    @Test
    void typingAPostalCodeFillsTheAddressAndOffersTheTownsOfACodeWithSeveral() {
        Page page = browser.desktop();
        Pages.logIn(page, app, "staff1");
        page.navigate(app.baseUrl() + "customers/new");
        Locator postal = page.locator("#field-postal input");
        Locator address = page.locator("#field-address input");
        postal.click();
        postal.pressSequentially("100-0001");

        assertThat(address).hasValue("東京都千代田区千代田");
        assertThat(postal).isFocused();

        postal.fill("4411324");
        assertThat(address).hasValue("愛知県新城市");
        assertThat(page.locator("#postal-offer")).containsText("複数の町域があります");
        page.locator("#postal-town-1").click();
        assertThat(address).hasValue("愛知県新城市奥井道");
        assertThat(page.locator("#postal-offer")).isHidden();
        Browser.screenshot(page, "customer-postal-code.png");
        page.context().close();
    }

    /** The columns' layout is not read back by the server (ServerLaidColumn); the browser still resizes them. */
    @Test
    void aColumnTheUserWidensKeepsItsWidthThroughTheNextSearches() {
        Page page = browser.desktop();
        Locator keyword = searchAsStaff1(page, "さとう");
        assertThat(firstRowStartingWith(page, "サトウ")).isVisible();
        Locator nameColumn = page.locator("#customer-grid vaadin-grid-column").first();
        assertThat((Boolean) nameColumn.evaluate("c => c.frozen")).isTrue();
        double before = headerWidth(nameColumn);

        // Playwright's CSS reaches into the grid's shadow root, where each header cell has its resize handle
        var box = page.locator("#customer-grid [part~='resize-handle']").first().boundingBox();
        double x = box.x + box.width / 2;
        double y = box.y + box.height / 2;
        page.mouse().move(x, y);
        page.mouse().down();
        page.mouse().move(x + 80, y, new Mouse.MoveOptions().setSteps(5));
        page.mouse().up();
        double widened = headerWidth(nameColumn);
        assertThat(widened).isGreaterThan(before + 40);

        keyword.fill("田中");
        keyword.press("Enter");
        assertThat(firstRowStartingWith(page, "タナカ")).isVisible();
        assertThat(headerWidth(nameColumn)).isCloseTo(widened, Offset.offset(1.0));
        Browser.screenshot(page, "customers-widened-1440.png");

        // to the records and back: the grid is put back on the page with the width the server was told
        page.locator("#mode-records").click();
        assertThat(page.locator("#cross-grid")).isVisible();
        page.locator("vaadin-tab").first().click();
        assertThat(firstRowStartingWith(page, "タナカ")).isVisible();
        assertThat(headerWidth(page.locator("#customer-grid vaadin-grid-column").first()))
                .isCloseTo(widened, Offset.offset(1.0));
        page.context().close();
    }

    /** Signs in as staff1 on 顧客検索 and searches: returns the keyword box. */
    private static Locator searchAsStaff1(Page page, String word) {
        Pages.logIn(page, app, "staff1");
        page.navigate(app.baseUrl() + "customers");
        Locator keyword = page.locator("#customer-keyword input");
        keyword.fill(word);
        keyword.press("Enter");
        return keyword;
    }

    private static Locator firstRowStartingWith(Page page, String kana) {
        return page.locator("#customer-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^" + kana)))
                .first();
    }

    private static double headerWidth(Locator column) {
        return ((Number) column.evaluate("c => c._headerCell.getBoundingClientRect().width")).doubleValue();
    }

    @Test
    void onATabletTheListStaysUsable() {
        Page page = browser.tablet();
        Pages.logIn(page, app, "staff1");
        page.navigate(app.baseUrl() + "customers");
        assertThat(page.locator("#customer-grid")).isVisible();
        assertThat(page.locator("#customer-keyword")).isInViewport();
        assertThat(page.locator("#customer-search").boundingBox().height).isGreaterThanOrEqualTo(44);
        Browser.screenshot(page, "customers-820.png");

        page.locator("#customer-detail-toggle").click();
        assertThat(page.locator("#customer-filter")).isVisible();
        Browser.screenshot(page, "customers-detail-820.png");
        page.context().close();
    }
}
