package app.kiroku.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Kiroku in the field: the forms on a tablet and a phone (one column, thumb-sized, the save bar in reach), the visit
 * cycle from 今日の予定 by touch with its taps counted, the web app manifest that lets a tablet install Kiroku, and
 * the page its service worker shows offline.
 */
class FieldVisitIT extends EndToEndTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    @BeforeAll
    static void startApp() throws Exception {
        start("field");
    }

    @Test
    void theFormsFitATabletAndAPhoneInOneColumnWithTheSaveBarInReach() {
        for (String size : List.of("820", "390")) {
            Page page = size.equals("820") ? browser.tablet() : browser.phone();
            Pages.logIn(page, app, "staff1");

            page.navigate(app.baseUrl() + "customers/1/negotiations/new");
            assertOneColumn(page, "#field-planned-date", "#field-planned-time", "#field-handler", "#field-progress");
            assertFitsAndSaveInReach(page, "#negotiation-save");
            Browser.screenshot(page, "negotiation-form-one-column-" + size + ".png");

            page.navigate(app.baseUrl() + "customers/new");
            assertOneColumn(page, "#field-name", "#field-kana", "#field-phone", "#field-mobile");
            assertFitsAndSaveInReach(page, "#customer-save");
            Browser.screenshot(page, "customer-form-one-column-" + size + ".png");

            page.navigate(app.baseUrl() + "negotiations/" + plannedRecordOnTheAgenda(page) + "/result");
            assertThat(page.locator("h1")).hasText("結果を入力");
            assertOneColumn(
                    page,
                    "#field-planned-date",
                    "#field-done-date",
                    "#field-done-time",
                    "#field-handler",
                    "#field-progress");
            assertFitsAndSaveInReach(page, "#negotiation-save");
            Browser.screenshot(page, "result-form-one-column-" + size + ".png");
            page.context().close();
        }
    }

    /** The cycle of a visit on a tablet, by touch: today's visit → 結果 → the next plan, in two form screens. */
    @Test
    void theVisitCycleFromTodayOnATabletByTouch() {
        Page page = browser.tablet();
        Pages.logIn(page, app, "staff1");
        var taps = new int[] {0};
        java.util.function.Consumer<Locator> tap = locator -> {
            locator.tap();
            taps[0]++;
        };

        tap.accept(page.locator("a.kiroku-agenda-card.is-negotiation")
                .filter(new Locator.FilterOptions().setHasText("10:00"))
                .first());
        assertThat(page).hasURL(Pattern.compile(".*/negotiations/\\d+$"));
        tap.accept(page.locator("#negotiation-result"));

        // screen 1 of 2: the result, 対応日 already today
        assertThat(page).hasURL(Pattern.compile(".*/negotiations/\\d+/result$"));
        assertThat(page.locator("#field-done-date input"))
                .hasValue(LocalDate.now(TOKYO).format(SHOWN));
        assertFitsAndSaveInReach(page, "#negotiation-save");
        tap.accept(page.locator("#field-progress input"));
        tap.accept(page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("提案中")));
        Locator report = page.locator("#field-report textarea");
        tap.accept(report);
        report.pressSequentially("ご夫婦で検討中。来週、見積をお持ちする。");
        Browser.screenshot(page, "visit-result-820.png");
        tap.accept(page.locator("#negotiation-save"));

        // screen 2 of 2: the next plan, one tap for its date
        assertThat(page.locator("h1")).hasText("商談登録");
        assertThat(page.locator("#field-progress input")).hasValue("提案中");
        assertFitsAndSaveInReach(page, "#negotiation-save");
        tap.accept(page.locator("#quick-date-week"));
        String nextWeek = LocalDate.now(TOKYO).plusWeeks(1).format(SHOWN);
        assertThat(page.locator("#field-planned-date input")).hasValue(nextWeek);
        Browser.screenshot(page, "visit-next-plan-820.png");
        tap.accept(page.locator("#negotiation-save"));

        assertThat(page).hasURL(Pattern.compile(".*/negotiations/\\d+$"));
        assertThat(page.locator("#negotiation-fields")).containsText(nextWeek);
        assertThat(taps[0]).as("taps from 今日の予定 to the next plan saved").isEqualTo(8);
        page.context().close();
    }

    @Test
    void theManifestMakesKirokuInstallable() throws Exception {
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(app.baseUrl() + "manifest.webmanifest"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject manifest = JsonParser.parseString(response.body()).getAsJsonObject();
        assertThat(manifest.get("name").getAsString()).isEqualTo("Kiroku");
        assertThat(manifest.get("display").getAsString()).isEqualTo("standalone");
        assertThat(manifest.has("start_url")).isTrue();
        JsonArray icons = manifest.getAsJsonArray("icons");
        List<String> sizes = icons.asList().stream()
                .map(icon -> icon.getAsJsonObject().get("sizes").getAsString())
                .toList();
        assertThat(sizes).contains("192x192", "512x512");

        Page page = browser.tabletWithServiceWorker();
        Pages.logIn(page, app, "staff1");
        page.waitForFunction("navigator.serviceWorker && navigator.serviceWorker.controller !== null "
                + "|| navigator.serviceWorker.ready.then(() => true)");
        var cdp = page.context().newCDPSession(page);
        JsonArray errors = cdp.send("Page.getInstallabilityErrors").getAsJsonArray("installabilityErrors");
        // a test browser's context is private, which Chromium names as a reason of its own; nothing else may be left
        List<String> reasons = errors.asList().stream()
                .map(error -> error.getAsJsonObject().get("errorId").getAsString())
                .filter(reason -> !reason.equals("in-incognito"))
                .toList();
        assertThat(reasons).as("Chromium's installability errors").isEmpty();
        page.context().close();
    }

    @Test
    void theOfflinePageIsServedWithoutSignInAndShownOfflineSayingTheDraftsAreKept() throws Exception {
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(app.baseUrl() + "offline.html"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(response.body()).contains("id=\"offline\"").contains("下書きとして保存されています");

        Page page = browser.tabletWithServiceWorker();
        Pages.logIn(page, app, "staff1");
        page.waitForFunction("navigator.serviceWorker.ready.then(() => true)");
        page.reload();
        page.waitForFunction("navigator.serviceWorker.controller !== null");
        page.context().setOffline(true);
        page.navigate(app.baseUrl() + "customers");
        assertThat(page.locator("#offline")).isVisible();
        assertThat(page.locator("#offline")).containsText("下書きとして保存されています");
        Browser.screenshot(page, "offline-820.png");
        page.context().setOffline(false);
        page.context().close();
    }

    /** The id of a planned record on the signed-in user's 今日の予定. */
    private static String plannedRecordOnTheAgenda(Page page) {
        page.navigate(app.baseUrl());
        Locator card = page.locator("a.kiroku-agenda-card.is-negotiation")
                .filter(new Locator.FilterOptions().setHas(page.locator(".kiroku-badge.is-planned")))
                .last();
        assertThat(card).isVisible();
        var id = Pattern.compile("negotiations/(\\d+)$").matcher(card.getAttribute("href"));
        assertThat(id.find()).as("a record link: %s", card.getAttribute("href")).isTrue();
        return id.group(1);
    }

    private static void assertOneColumn(Page page, String... fieldsInOrder) {
        Double left = null;
        double previousBottom = 0;
        for (String selector : fieldsInOrder) {
            BoundingBox box = page.locator(selector).boundingBox();
            assertThat(box).as(selector).isNotNull();
            if (left != null) {
                assertThat(box.x)
                        .as("%s starts where the first field starts", selector)
                        .isCloseTo(left, org.assertj.core.data.Offset.offset(2.0));
                assertThat(box.y)
                        .as("%s lies below the field before it", selector)
                        .isGreaterThanOrEqualTo(previousBottom - 1);
            }
            left = box.x;
            previousBottom = box.y + box.height;
            assertThat(page.locator(selector + " [part='input-field']").boundingBox().height)
                    .as("%s is at least 44 px high for a thumb", selector)
                    .isGreaterThanOrEqualTo(44);
        }
    }

    private static void assertFitsAndSaveInReach(Page page, String save) {
        assertThat(page.locator(save)).isVisible();
        Object fits = page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth");
        assertThat(fits).as("no sideways scrolling").isEqualTo(Boolean.TRUE);
        BoundingBox box = page.locator(save).boundingBox();
        int height = page.viewportSize().height;
        assertThat(box.y + box.height)
                .as("the save button is inside the screen without scrolling")
                .isLessThanOrEqualTo(height);
        assertThat(box.height).as("the save button fits a thumb").isGreaterThanOrEqualTo(44);
    }
}
