package app.kiroku.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The four lists on a tablet in portrait and on a phone: nothing to scroll sideways, and what matters of a row
 * (顧客名, カナ, 現進捗 and 次回接触予定日 of a customer, 状態 and 進捗 of a record) inside the screen; a rotation
 * switches layouts.
 */
class TabletListsIT extends EndToEndTest {

    private static final LocatorAssertions.IsInViewportOptions WHOLLY =
            new LocatorAssertions.IsInViewportOptions().setRatio(1);

    @BeforeAll
    static void startApp() throws Exception {
        start("lists");
    }

    @Test
    void onATabletInPortrait() {
        fourListsFit(browser::tablet, "820");
    }

    @Test
    void onAPhone() {
        fourListsFit(browser::phone, "390");
    }

    private static void fourListsFit(Supplier<Page> device, String size) {
        Page page = device.get();
        Pages.logIn(page, app, "staff1");

        // customers with a 次回接触予定日; the criteria panel this opens is closed again
        page.navigate(app.baseUrl() + "customers?nextFrom=" + LocalDate.now());
        page.locator("#customer-detail-toggle").click();
        assertThat(page.locator("#customer-filter")).isHidden();
        Locator customer = firstRow(page, "#customer-grid", ".kiroku-progress");
        assertThat(customer.locator(".kiroku-progress")).isInViewport(WHOLLY);
        assertThat(customer.locator(".kiroku-row-date")).hasText(Pattern.compile("^次回 \\d{4}/\\d{2}/\\d{2}"));
        assertThat(customer.locator(".kiroku-row-date")).isInViewport(WHOLLY);
        assertThat(page.locator("#customer-sort")).isInViewport();
        assertFits(page, "#customer-grid");
        assertThat(customer.boundingBox().height).isGreaterThanOrEqualTo(44);
        Locator name = customer.locator(".kiroku-row-title");
        Locator kana = customer.locator(".kiroku-row-title + .kiroku-row-sub");
        assertThat(name).hasText(Pattern.compile("\\S"));
        assertThat(name).isInViewport(WHOLLY);
        assertThat(kana).hasText(Pattern.compile("^[ァ-ヶ]"));
        assertThat(kana).isInViewport(WHOLLY);
        String shownName = name.textContent();
        Browser.screenshot(page, "lists-customers-" + size + ".png");

        customer.click();
        assertThat(page).hasURL(Pattern.compile(".*/customers/\\d+$"));
        assertThat(page.locator("h1")).hasText(shownName);
        // the 見出し are below the customer's data: the page (not the list) is scrolled down to them
        page.locator("#customer-headings").evaluate("g => g.scrollIntoView({block: 'end'})");
        Locator heading = firstRow(page, "#customer-headings", ".kiroku-badge");
        recordValuesVisible(heading);
        assertFits(page, "#customer-headings");
        Browser.screenshot(page, "lists-headings-" + size + ".png");

        page.navigate(app.baseUrl() + "customers?view=records");
        recordValuesVisible(firstRow(page, "#cross-grid", ".kiroku-badge"));
        assertFits(page, "#cross-grid");
        Browser.screenshot(page, "lists-cross-" + size + ".png");

        page.navigate(app.baseUrl() + "negotiations");
        recordValuesVisible(firstRow(page, "#negotiation-grid", ".kiroku-progress"));
        assertThat(page.locator("#negotiation-sort")).isInViewport();
        assertFits(page, "#negotiation-grid");
        Browser.screenshot(page, "lists-negotiations-" + size + ".png");
        page.context().close();
    }

    @Test
    void aRotationSwitchesBetweenTheCompactAndTheDenseListAndKeepsTheSortChosenInTheSelect() {
        Page page = browser.tablet();
        Pages.logIn(page, app, "staff1");
        page.navigate(app.baseUrl() + "customers?nextFrom=" + LocalDate.now());
        page.locator("#customer-detail-toggle").click();
        firstRow(page, "#customer-grid", ".kiroku-row-title");
        page.locator("#customer-sort").click();
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText("次回接触予定日"))
                .click();
        assertThat(page.locator("#customer-sort-direction")).isEnabled();
        page.waitForCondition(() -> {
            List<String> dates = firstDates(page);
            return dates.size() == 5 && dates.stream().sorted().toList().equals(dates);
        });
        Browser.screenshot(page, "lists-customers-sorted-820.png");

        page.setViewportSize(1440, 900);
        assertThat(page.locator("#customer-grid vaadin-grid-cell-content .kiroku-row")
                        .first())
                .isHidden();
        assertThat(headers(page, "#customer-grid")).contains("顧客名", "カナ", "電話", "住所", "担当者", "ランク", "現進捗", "次回接触予定日");
        assertThat(page.locator("#customer-grid vaadin-grid-sorter[direction=asc]"))
                .hasText("次回接触予定日");
        Browser.screenshot(page, "lists-customers-rotated-1440.png");

        page.setViewportSize(820, 1180);
        firstRow(page, "#customer-grid", ".kiroku-row-title");
        assertFits(page, "#customer-grid");
        page.context().close();
    }

    @Test
    void onADeskTheListsKeepTheirColumns() {
        Page page = browser.desktop();
        Pages.logIn(page, app, "staff1");
        page.navigate(app.baseUrl() + "customers");
        assertThat(page.locator("#customer-grid vaadin-grid-cell-content .kiroku-progress")
                        .first())
                .isVisible();
        assertThat(headers(page, "#customer-grid"))
                .containsExactly("顧客名", "カナ", "電話", "住所", "担当者", "ランク", "現進捗", "次回接触予定日", "最終接触");
        page.navigate(app.baseUrl() + "negotiations");
        assertThat(page.locator("#negotiation-grid vaadin-grid-cell-content .kiroku-progress")
                        .first())
                .isVisible();
        assertThat(headers(page, "#negotiation-grid")).hasSize(8).contains("日付", "顧客名", "進捗");
        page.context().close();
    }

    /** The first compact row of a grid that has the given part, once it is drawn. */
    private static Locator firstRow(Page page, String grid, String having) {
        Locator row = page.locator(grid + " vaadin-grid-cell-content .kiroku-row")
                .filter(new Locator.FilterOptions().setHas(page.locator(having)))
                .first();
        assertThat(row).isVisible();
        return row;
    }

    private static void recordValuesVisible(Locator row) {
        assertThat(row.locator(".kiroku-badge")).hasText(Pattern.compile("^(予定|対応済)$"));
        assertThat(row.locator(".kiroku-badge")).isInViewport(WHOLLY);
        assertThat(row.locator(".kiroku-row-date")).hasText(Pattern.compile("^\\d{4}/\\d{2}/\\d{2}"));
        assertThat(row.locator(".kiroku-row-date")).isInViewport(WHOLLY);
        Locator progress = row.locator(".kiroku-progress");
        if (progress.count() > 0) {
            assertThat(progress).isInViewport(WHOLLY);
            assertThat(progress.getAttribute("style")).matches("--progress-color:#[0-9a-fA-F]{6}");
        }
    }

    /** The grid's table scrolls only down: its content is no wider than the grid. */
    private static void assertFits(Page page, String grid) {
        @SuppressWarnings("unchecked")
        var widths = (List<Number>) page.locator(grid)
                .evaluate("g => { const t = g.shadowRoot.querySelector('#table'); return [t.scrollWidth,"
                        + " t.clientWidth]; }");
        assertThat(widths.get(0).intValue())
                .as(grid + " scroll width")
                .isLessThanOrEqualTo(widths.get(1).intValue());
        assertThat(page.locator(grid)).isInViewport();
    }

    /** The 次回接触予定日 of the first five rows in the order shown (rows are reused, so not the DOM's order). */
    @SuppressWarnings("unchecked")
    private static List<String> firstDates(Page page) {
        return (List<String>) page.locator("#customer-grid")
                .evaluate("g => [...g.shadowRoot.querySelectorAll("
                        + "'#items tr')].filter(r => !r.hidden).sort((a, b) => a.index - b.index).slice(0,"
                        + " 5).map(r => {"
                        + " const date = [...r.querySelectorAll('slot')].flatMap(s => s.assignedElements())"
                        + ".map(c => c.querySelector('.kiroku-row-date')).find(d => d);"
                        + " return date ? date.textContent : ''; })");
    }

    @SuppressWarnings("unchecked")
    private static List<String> headers(Page page, String grid) {
        return (List<String>) page.locator(grid)
                .evaluate("g => [...g.querySelectorAll('vaadin-grid-column')]"
                        + ".filter(c => !c.hidden).map(c => c._headerCell ?"
                        + " c._headerCell._content.textContent.trim() : '')");
    }
}
