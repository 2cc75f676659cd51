package app.kiroku.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** データ取込 in Chromium: a Shift_JIS file from another system, its error list, a fixed mapping, the import. */
class ImportIT extends EndToEndTest {

    /** Row 3's 携帯 holds an extension, not a phone number: the column is not what its header says. */
    private static final String FILE = String.join(
                    "\r\n",
                    "顧客名,フリガナ,電話,携帯",
                    "髙橋ブラウザ商事,たかはしぶらうざしょうじ,03-3000-0001,090-3000-0001",
                    "﨑山ブラウザ工業,さきやまぶらうざこうぎょう,03-3000-0002,内線12",
                    "ブラウザ建設①,ぶらうざけんせつ,03-3000-0003,")
            + "\r\n";

    @BeforeAll
    static void startApp() throws Exception {
        start("import");
    }

    @Test
    void aShiftJisFileIsCheckedRemappedImportedAndItsCustomersFoundByTheirReading() {
        Page page = browser.desktop();
        Pages.logIn(page, app, "admin");
        page.navigate(app.baseUrl() + "import");
        upload(page, "他システム顧客.csv");
        assertThat(page.locator("#import-file-info")).hasText("他システム顧客.csv（CSV Shift_JIS・4列）");

        page.locator("#import-check").click();
        Locator problems = page.locator("#import-problems");
        assertThat(problems).isVisible();
        assertThat(page.locator("#import-check-summary")).hasText("全3行：作成 2件・更新 0件・スキップ 0件・エラー 1件");
        assertThat(problems.locator("vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^電話番号は0から始まる"))))
                .hasCount(1);
        assertThat(problems.locator("vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^3$"))))
                .hasCount(1);
        assertThat(page.locator("#import-start")).isEnabled();
        Browser.screenshot(page, "import-errors-1440.png");

        page.locator("#map-mobile").locator("[part~='clear-button']").click();
        assertThat(page.locator("#import-check-result")).hasCount(0);
        page.locator("#import-check").click();
        assertThat(page.locator("#import-check-summary")).hasText("全3行：作成 3件・更新 0件・スキップ 0件・エラー 0件");
        assertThat(page.locator("#import-preview")).containsText("タカハシブラウザショウジ");

        page.locator("#import-mapping-name input").fill("他システム");
        page.locator("#import-mapping-name input").press("Enter");
        assertThat(page.locator("vaadin-notification-card")).containsText("他システム");

        page.locator("#import-start").click();
        assertThat(page.locator("#import-progress-text")).containsText("完了：4行目まで取り込み済み（作成 3");
        assertThat(page.locator("#import-history")).containsText("他システム顧客.csv");
        Browser.screenshot(page, "import-done-1440.png");

        page.navigate(app.baseUrl() + "customers?q=" + URLEncoder.encode("さきやまぶらうざ", StandardCharsets.UTF_8));
        assertThat(page.locator("#customer-grid")).containsText("﨑山ブラウザ工業");
        page.context().close();
    }

    @Test
    void theImportPageFitsATabletInPortrait() {
        Page page = browser.tablet();
        Pages.logIn(page, app, "admin");
        page.navigate(app.baseUrl() + "import");
        upload(page, "tablet.csv");
        page.locator("#import-check").tap();
        assertThat(page.locator("#import-check-summary")).isVisible();
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        org.assertj.core.api.Assertions.assertThat(((Number) overflow).intValue())
                .as("sideways scroll")
                .isLessThanOrEqualTo(0);
        Browser.screenshot(page, "import-820.png");
        page.context().close();
    }

    private static void upload(Page page, String fileName) {
        var chooser = page.waitForFileChooser(
                () -> page.locator("#import-upload vaadin-button").first().click());
        chooser.setFiles(new FilePayload(fileName, "text/csv", FILE.getBytes(Charset.forName("windows-31j"))));
        assertThat(page.locator("#import-mapping")).isVisible();
    }
}
