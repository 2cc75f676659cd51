package app.kiroku.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * ダッシュボード in Chromium at desk and tablet size: every panel draws its chart, a click on a bar opens the list
 * behind it with as many rows as the bar counts, the colour of 最終接触 shows in 顧客検索, and a 日報 prints to one A4
 * page.
 */
class DashboardIT extends EndToEndTest {

    private static final List<String> PANELS =
            List.of("panel-progress", "panel-contact", "panel-visits", "panel-planned", "panel-overdue");

    @BeforeAll
    static void startApp() throws Exception {
        start("dashboard");
    }

    @Test
    void onADesk() throws Exception {
        dashboardDrawsAndItsBarsOpenTheirLists(browser::desktop, "1440");
    }

    @Test
    void onATablet() throws Exception {
        dashboardDrawsAndItsBarsOpenTheirLists(browser::tablet, "820");
    }

    private static void dashboardDrawsAndItsBarsOpenTheirLists(Supplier<Page> device, String size) {
        Page page = device.get();
        Pages.logIn(page, app, "staff1");
        page.navigate(app.baseUrl() + "dashboard");
        for (String panel : PANELS) {
            Locator chart = page.locator("#" + panel + "-chart");
            assertThat(chart).hasAttribute("data-ready", "");
            assertThat(chart.locator("svg path").first()).isAttached();
            assertThat(chart.boundingBox().height).isGreaterThan(150);
        }
        assertThat((Boolean) page.evaluate("() => document.scrollingElement.scrollWidth <= innerWidth"))
                .isTrue();
        Browser.screenshot(page, "dashboard-" + size + ".png");
        // the layout scrolls its content, not the page: the lower panels are a second picture
        page.locator("#panel-overdue").scrollIntoViewIfNeeded();
        Browser.screenshot(page, "dashboard-lower-" + size + ".png");

        // the tallest bar of a progress flag (the last bar is the customers without progress)
        Locator progress = page.locator("#panel-progress-chart");
        @SuppressWarnings("unchecked")
        List<Number> values = (List<Number>) progress.evaluate("el => JSON.parse(el.config).series[0].values");
        int bar = 0;
        for (int i = 1; i < values.size() - 1; i++) {
            bar = values.get(i).intValue() > values.get(bar).intValue() ? i : bar;
        }
        int count = values.get(bar).intValue();
        assertThat(count).isPositive();
        clickBar(page, progress, 0, bar);
        assertThat(page).hasURL(Pattern.compile(".*/customers\\?.*progress=\\d+.*"));
        assertThat(page.locator("#customer-count")).hasText(String.format("%,d件", count));

        // the colour of 最終接触 in the customers found
        Locator label = page.locator("#customer-grid .kiroku-contact").first();
        assertThat(label).isVisible();
        assertThat(label).hasClass(Pattern.compile("is-(recent|aging|stale|never)"));
        Browser.screenshot(page, "dashboard-progress-list-" + size + ".png");

        // a week of one person's records done opens 商談検索 with them
        page.navigate(app.baseUrl() + "dashboard");
        Locator visits = page.locator("#panel-visits-chart");
        assertThat(visits).hasAttribute("data-ready", "");
        @SuppressWarnings("unchecked")
        List<List<Number>> weeks =
                (List<List<Number>>) visits.evaluate("el => JSON.parse(el.config).series.map(s => s.values)");
        int person = 0;
        int week = weeks.getFirst().size() - 2;
        for (int p = 1; p < weeks.size(); p++) {
            person = weeks.get(p).get(week).intValue()
                            > weeks.get(person).get(week).intValue()
                    ? p
                    : person;
        }
        int done = weeks.get(person).get(week).intValue();
        assertThat(done).isPositive();
        clickBar(page, visits, person, week);
        assertThat(page).hasURL(Pattern.compile(".*/negotiations\\?.*handler=\\d+.*"));
        assertThat(page.locator("#negotiation-count")).hasText(Pattern.compile("^" + String.format("%,d件", done)));
        page.context().close();
    }

    private static void clickBar(Page page, Locator chart, int series, int category) {
        // the mouse reaches only what is on the screen
        chart.scrollIntoViewIfNeeded();
        @SuppressWarnings("unchecked")
        Map<String, Number> at =
                (Map<String, Number>) chart.evaluate("(el, [s, c]) => el.barPosition(s, c)", List.of(series, category));
        assertThat(at).as("bar %d/%d is drawn", series, category).isNotNull();
        var box = chart.boundingBox();
        page.mouse()
                .click(box.x + at.get("x").doubleValue(), box.y + at.get("y").doubleValue());
    }

    @Test
    void aDailyReportPrintsToOneA4Page() throws Exception {
        Page page = browser.desktop();
        Pages.logIn(page, app, "staff1");
        page.locator("#home-report").click();
        assertThat(page).hasURL(Pattern.compile(".*/report\\?.*"));
        assertThat(page.locator("#report-title")).hasText(Pattern.compile("佐藤 健一さんの日報"));
        // back to the last day with records done
        for (int day = 0;
                day < 14 && page.locator(".kiroku-report-item.is-done").count() == 0;
                day++) {
            String title = page.locator("#report-title").textContent();
            page.locator("#report-previous").click();
            assertThat(page.locator("#report-title")).not().hasText(title);
        }
        int records = page.locator(".kiroku-report-item.is-done").count();
        assertThat(records).isPositive();
        Browser.screenshot(page, "report-screen.png");

        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.locator("#main-nav")).isHidden();
        assertThat(page.locator(".kiroku-report-controls")).isHidden();
        assertThat(page.locator(".kiroku-report-item.is-done").last()).isVisible();
        page.setViewportSize(794, 1123);
        Browser.screenshot(page, "report-print.png");
        byte[] pdf = page.pdf(
                new Page.PdfOptions().setFormat("A4").setPreferCSSPageSize(true).setPrintBackground(true));
        Files.write(RunningApp.itDir().resolve("screenshots").resolve("report.pdf"), pdf);
        assertThat(pages(pdf)).as("pages of the 日報 with %d records", records).isEqualTo(1);
        page.context().close();
    }

    /** Page objects of a PDF ({@code /Type /Page}, not {@code /Pages}). */
    private static int pages(byte[] pdf) {
        Matcher matcher =
                Pattern.compile("/Type\\s*/Page(?![s\\w])").matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        int pages = 0;
        while (matcher.find()) {
            pages++;
        }
        return pages;
    }
}
