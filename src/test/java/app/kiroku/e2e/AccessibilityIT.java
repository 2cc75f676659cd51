package app.kiroku.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.shared.calendar.ReadableText;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every screen and dialog under axe-core's WCAG 2.1 A/AA rules, at the desktop size in Japanese and at the tablet
 * size in English: no critical or serious violation anywhere.
 */
class AccessibilityIT extends EndToEndTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    @BeforeAll
    static void startApp() throws Exception {
        start("a11y");
    }

    @Test
    void everyScreenAtTheDesktopInJapanese() {
        walk(browser.desktop(), browser.desktop(), browser.desktop(), "1440-ja");
    }

    @Test
    void everyScreenAtTheTabletInEnglish() {
        walk(browser.tabletInEnglish(), browser.tabletInEnglish(), browser.tabletInEnglish(), "820-en");
    }

    private void walk(Page anonymous, Page staff, Page admin, String size) {
        var axe = new AxeScan();

        anonymous.navigate(app.baseUrl() + "login");
        assertThat(anonymous.locator("input[name='username']")).isVisible();
        axe.scan(anonymous, "login");
        anonymous.context().close();

        walkAsStaff(staff, axe);
        Browser.screenshot(staff, "a11y-last-staff-" + size + ".png");
        staff.context().close();
        walkAsAdmin(admin, axe);
        admin.context().close();

        assertThat(axe.screens()).hasSizeGreaterThanOrEqualTo(24);
        assertThat(axe.violations())
                .as("critical or serious axe violations at " + size)
                .isEmpty();
    }

    private void walkAsStaff(Page page, AxeScan axe) {
        Pages.logIn(page, app, "staff1");
        assertThat(page.locator("#agenda")).isVisible();
        axe.scan(page, "home");

        page.navigate(app.baseUrl() + "customers");
        assertThat(page.locator("#customer-grid vaadin-grid-cell-content").first())
                .isVisible();
        page.locator("#customer-detail-toggle").click();
        assertThat(page.locator("#customer-filter")).isVisible();
        axe.scan(page, "customer search with the detail filter");
        page.locator("#mode-records").click();
        assertThat(page.locator("vaadin-grid").first()).isVisible();
        axe.scan(page, "cross search");

        page.navigate(app.baseUrl() + "customers/1");
        assertThat(page.locator("#customer-name")).isVisible();
        axe.scan(page, "customer");
        page.navigate(app.baseUrl() + "customers/1/edit");
        assertThat(page.locator("#field-name input")).isVisible();
        axe.scan(page, "customer form");
        page.navigate(app.baseUrl() + "customers/new");
        assertThat(page.locator("#field-name input")).isVisible();
        axe.scan(page, "new customer");

        page.navigate(app.baseUrl() + "customers/1/negotiations/new");
        Locator date = page.locator("#field-planned-date input");
        assertThat(date).isVisible();
        axe.scan(page, "record registration");
        date.fill(LocalDate.now(TOKYO).plusDays(3).format(SHOWN));
        date.press("Enter");
        page.locator("#field-report textarea").fill("アクセシビリティ確認の訪問");
        page.locator("#negotiation-save").click();
        assertThat(page.locator("#negotiation-fields")).containsText("アクセシビリティ確認の訪問");
        axe.scan(page, "record detail");
        Matcher id = Pattern.compile("negotiations/(\\d+)").matcher(page.url());
        assertThat(id.find()).isTrue();

        page.locator("#negotiation-mail").click();
        assertThat(page.locator("#mail-tabs")).isVisible();
        axe.scan(page, "mail dialog");
        page.keyboard().press("Escape");
        assertThat(page.locator("#mail-tabs")).isHidden();

        page.locator("#negotiation-result").click();
        assertThat(page.locator("#field-done-date input")).isVisible();
        axe.scan(page, "record result");
        page.navigate(app.baseUrl() + "negotiations/" + id.group(1) + "/edit");
        assertThat(page.locator("#field-report textarea")).isVisible();
        axe.scan(page, "record edit");

        page.navigate(app.baseUrl() + "negotiations");
        assertThat(page.locator("vaadin-grid").first()).isVisible();
        axe.scan(page, "record search");

        page.navigate(app.baseUrl() + "schedule");
        assertThat(page.locator(".fc-event").first()).isVisible();
        axe.scan(page, "schedule month");
        for (String view : new String[] {"timeGridWeek", "timeGridDay", "listWeek"}) {
            page.locator(".fc-" + view + "-button").click();
            assertThat(page.locator(".fc-" + view + "-button")).hasAttribute("aria-pressed", "true");
            axe.scan(page, "schedule " + view);
        }
        page.locator(".fc-dayGridMonth-button").click();
        // a day of a month the demo data leaves empty, so that the click lands on the day and not on a visit
        LocalDate emptyDay = LocalDate.now(TOKYO).plusMonths(7).withDayOfMonth(13);
        for (int i = 0; i < 7; i++) {
            page.locator(".fc-next-button").click();
        }
        page.locator(".fc-daygrid-day[data-date='" + emptyDay + "'] .fc-daygrid-day-frame")
                .click(new Locator.ClickOptions().setPosition(20, 60));
        assertThat(page.locator("#slot-entry")).isVisible();
        axe.scan(page, "schedule slot menu");
        page.keyboard().press("Escape");

        page.navigate(app.baseUrl() + "account");
        assertThat(page.locator("#account-current input")).isVisible();
        axe.scan(page, "account");

        page.navigate(app.baseUrl() + "dashboard");
        assertThat(page.locator("#panel-progress-chart")).hasAttribute("data-ready", "");
        page.locator("#panel-contact-table vaadin-details-summary").click();
        assertThat(page.locator("#panel-contact-table table")).isVisible();
        axe.scan(page, "dashboard");

        page.navigate(app.baseUrl() + "report");
        assertThat(page.locator("#report-title")).isVisible();
        axe.scan(page, "daily report");
    }

    private void walkAsAdmin(Page page, AxeScan axe) {
        Pages.logIn(page, app, "admin");
        page.navigate(app.baseUrl() + "admin/users");
        assertThat(page.locator("#user-grid vaadin-grid-cell-content").first()).isVisible();
        axe.scan(page, "users");
        page.locator("#user-new").click();
        assertThat(page.locator("#user-login-id input")).isVisible();
        axe.scan(page, "user dialog");
        page.keyboard().press("Escape");

        page.navigate(app.baseUrl() + "admin/masters");
        assertThat(page.locator("#master-tabs")).isVisible();
        axe.scan(page, "masters");
        page.locator("#master-tabs vaadin-tab").nth(1).click();
        page.locator("#master-add-progress").click();
        assertThat(page.locator("#master-name input")).isVisible();
        axe.scan(page, "master dialog");
        page.keyboard().press("Escape");

        page.navigate(app.baseUrl() + "admin/mail");
        assertThat(page.locator("#mail-outbox")).isVisible();
        axe.scan(page, "mail outbox");
    }

    /**
     * From an empty day of the month to a saved visit, then to another day and time, pressing keys only: the day's
     * button, the slot menu, the customer picker, the form with Ctrl+S, 「日時を変更」, and the event opened by Enter.
     */
    @Test
    void aVisitIsRegisteredFromAnEmptyDayAndMovedWithTheKeyboardOnly() {
        Page page = browser.desktop();
        Pages.logIn(page, app, "staff1");
        page.navigate(app.baseUrl() + "schedule");
        assertThat(page.locator(".fc-event").first()).isVisible();
        LocalDate month = LocalDate.now(TOKYO).plusMonths(7).withDayOfMonth(1);
        pageForward(page, 7);
        LocalDate day = month.withDayOfMonth(15);
        page.locator(dayAction(month.withDayOfMonth(14))).focus();
        page.keyboard().press("Tab");
        assertThat(page.locator(dayAction(day))).isFocused();
        Browser.screenshot(page, "a11y-day-action-focused-1440.png");

        page.keyboard().press("Enter");
        assertThat(page.locator("#slot-entry")).isVisible();
        page.keyboard().press("Escape");
        assertThat(page.locator("#slot-entry")).isHidden();
        assertThat(page.locator(dayAction(day))).isFocused();
        page.keyboard().press("Enter");
        tabTo(page, "#slot-negotiation");
        page.keyboard().press("Enter");
        tabTo(page, "#slot-existing-customer");
        page.keyboard().press("Enter");
        assertThat(page.locator("#picker-keyword input")).isFocused();
        page.keyboard().type("たなか");
        page.keyboard().press("Enter");
        assertThat(page.locator("#picker-grid")).containsText("田中");
        // the grid's header and body are a Tab stop each; Space chooses the focused row
        tabTo(page, "#picker-grid");
        page.keyboard().press("Tab");
        page.keyboard().press("Space");
        Browser.screenshot(page, "a11y-picker-row-chosen-1440.png");
        assertThat(page.locator("#picker-choose")).isEnabled();
        tabTo(page, "#picker-choose");
        page.keyboard().press("Enter");

        assertThat(page.locator("#field-planned-date input")).hasValue(day.format(SHOWN));
        tabTo(page, "#field-report");
        page.keyboard().type("キーボードだけで登録した訪問");
        page.keyboard().press("Control+s");
        assertThat(page.locator("#negotiation-fields")).containsText("キーボードだけで登録した訪問");

        LocalDate later = day.plusDays(3);
        tabTo(page, "#negotiation-reschedule");
        page.keyboard().press("Enter");
        // the time first: typing a date opens the picker's calendar, which Tab would enter
        tabTo(page, "#reschedule-time");
        page.keyboard().type("10:30");
        page.keyboard().press("Shift+Tab");
        assertThat(page.locator("#reschedule-date input")).isFocused();
        page.keyboard().press("Control+a");
        page.keyboard().type(later.format(SHOWN));
        page.keyboard().press("Enter");
        assertThat(page.locator("#negotiation-fields"))
                .containsText(Pattern.compile(later.format(SHOWN) + " \\(.\\) 10:30"));

        page.navigate(app.baseUrl() + "schedule");
        assertThat(page.locator(".fc-event").first()).isVisible();
        pageForward(page, 7);
        Locator moved = page.locator(".fc-daygrid-day[data-date='" + later + "'] .fc-event");
        assertThat(moved).hasCount(1);
        assertThat(page.locator(".fc-daygrid-day[data-date='" + day + "'] .fc-event"))
                .hasCount(0);
        moved.focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#negotiation-fields")).containsText("キーボードだけで登録した訪問");
        page.context().close();
    }

    @Test
    void theFirstTabStopSkipsToTheScreen() {
        Page page = browser.desktop();
        Pages.logIn(page, app, "staff1");
        // a screen that puts the focus nowhere itself, loaded afresh
        page.navigate(app.baseUrl() + "negotiations/1");
        assertThat(page.locator("#negotiation-fields")).isVisible();
        page.keyboard().press("Tab");
        assertThat(page.locator("#skip-link")).isFocused();
        assertThat(page.locator("#skip-link")).isInViewport();
        Browser.screenshot(page, "a11y-skip-link-1440.png");
        page.keyboard().press("Enter");
        assertThat(page.locator("#main-content")).isFocused();
        page.keyboard().press("Tab");
        Object inScreen = page.locator("#main-content").evaluate("main => main.contains(document.activeElement)");
        assertThat(inScreen).isEqualTo(true);
        page.context().close();
    }

    /** At 200 % zoom the screens reflow: nothing needs sideways scrolling, and the search and save stay in reach. */
    @Test
    void theScreensReflowAtTwoHundredPercentZoom() {
        Page page = browser.desktopAt200Percent();
        Pages.logIn(page, app, "staff1");
        assertThat(page.locator("#agenda")).isVisible();
        assertNoSidewaysScrolling(page, "home");
        page.navigate(app.baseUrl() + "customers");
        assertThat(page.locator("#customer-keyword input")).isVisible();
        assertThat(page.locator("#customer-search")).isInViewport();
        assertNoSidewaysScrolling(page, "customers");
        Browser.screenshot(page, "a11y-customers-200-percent.png");
        page.navigate(app.baseUrl() + "customers/1/negotiations/new");
        assertThat(page.locator("#field-report textarea")).isVisible();
        assertThat(page.locator("#negotiation-save")).isInViewport();
        assertNoSidewaysScrolling(page, "record form");
        Browser.screenshot(page, "a11y-record-form-200-percent.png");
        page.navigate(app.baseUrl() + "customers/1");
        assertThat(page.locator("#customer-name")).isVisible();
        assertNoSidewaysScrolling(page, "customer");
        page.context().close();
    }

    private static void assertNoSidewaysScrolling(Page page, String screen) {
        // the app layout scrolls its content area itself, the document around it scrolls the rest
        Object overflow = page.evaluate("() => Math.max(...[document.scrollingElement, document.querySelector("
                + "'vaadin-app-layout')?.shadowRoot?.querySelector('[content]')].filter(e => e)"
                + ".map(e => e.scrollWidth - e.clientWidth))");
        assertThat(((Number) overflow).intValue()).as(screen).isLessThanOrEqualTo(0);
    }

    /** An admin picks a near-white colour for every 進捗: the visits drawn in it get black text, 4.5:1 or better. */
    @Test
    void aVeryLightProgressColourStillGivesReadableTextInTheCalendar() {
        Page admin = browser.desktop();
        Pages.logIn(admin, app, "admin");
        admin.navigate(app.baseUrl() + "admin/masters");
        admin.locator("#master-tabs vaadin-tab").nth(1).click();
        Locator edits = admin.locator("#master-grid-progress vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("編集"));
        assertThat(edits.first()).isVisible();
        int flags = edits.count();
        for (int i = 0; i < flags; i++) {
            edits.nth(i).click();
            admin.locator("#master-color").fill(LIGHT);
            admin.locator("#master-save").click();
            assertThat(admin.locator("#master-dialog")).isHidden();
        }
        admin.context().close();

        Page page = browser.desktop();
        Pages.logIn(page, app, "staff1");
        page.navigate(app.baseUrl() + "schedule");
        page.locator(".fc-timeGridWeek-button").click();
        page.locator(".fc-next-button").click();
        assertThat(page.locator(".fc-timegrid-event").first()).isVisible();
        @SuppressWarnings("unchecked")
        var textColours = (java.util.List<String>) page.evaluate(
                "light => [...document.querySelectorAll("
                        + "'.fc-timegrid-event')].filter(e => getComputedStyle(e).backgroundColor === light)"
                        + ".map(e => getComputedStyle(e.querySelector('.fc-event-title')).color)",
                "rgb(255, 253, 231)");
        assertThat(textColours).isNotEmpty();
        for (String colour : textColours) {
            assertThat(ReadableText.contrast(LIGHT, hex(colour))).as(colour).isGreaterThanOrEqualTo(4.5);
        }
        Browser.screenshot(page, "a11y-light-progress-week-1440.png");
        var axe = new AxeScan();
        axe.scan(page, "schedule week in near-white progress colours");
        assertThat(axe.violations()).isEmpty();
        page.context().close();
    }

    private static final String LIGHT = "#fffde7";

    private static String hex(String rgb) {
        Matcher channels = Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)").matcher(rgb);
        assertThat(channels.find()).as(rgb).isTrue();
        return String.format(
                "#%02x%02x%02x",
                Integer.parseInt(channels.group(1)),
                Integer.parseInt(channels.group(2)),
                Integer.parseInt(channels.group(3)));
    }

    private static String dayAction(LocalDate day) {
        return ".fc-daygrid-day[data-date='" + day + "'] .kiroku-day-action";
    }

    private static void pageForward(Page page, int months) {
        page.locator(".fc-next-button").focus();
        for (int i = 0; i < months; i++) {
            page.keyboard().press("Enter");
        }
        LocalDate shown = LocalDate.now(TOKYO).plusMonths(months);
        assertThat(page.locator(".fc-toolbar-title")).hasText(shown.getYear() + "年" + shown.getMonthValue() + "月");
    }

    /** Presses Tab until the focus is in {@code selector}, as a keyboard user would; fails after 25 presses. */
    private static void tabTo(Page page, String selector) {
        Locator target = page.locator(selector);
        target.waitFor();
        for (int i = 0; i < 25; i++) {
            Object inside = target.evaluate("e => e === document.activeElement || e.contains(document.activeElement)");
            if (Boolean.TRUE.equals(inside)) {
                return;
            }
            page.keyboard().press("Tab");
        }
        throw new AssertionError("Tab never reached " + selector);
    }
}
