package app.kiroku.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** スケジュール in Chromium: the FullCalendar component renders records and holidays, registers and moves. */
class ScheduleIT extends EndToEndTest {

    @BeforeAll
    static void startApp() throws Exception {
        start("schedule");
    }

    @Test
    void theMonthShowsRecordsAndHolidaysAndTheWeekAndListViewsWork() {
        Page page = browser.desktop();
        Pages.logIn(page, app, "staff1");
        page.navigate(app.baseUrl() + "schedule");
        assertThat(page.locator(".fc-event").first()).isVisible();
        assertThat(page.locator(".fc-toolbar-title")).containsText("年");
        Browser.screenshot(page, "schedule-month-1440.png");

        page.locator(".fc-timeGridWeek-button").click();
        assertThat(page.locator(".fc-timegrid")).isVisible();
        Browser.screenshot(page, "schedule-week-1440.png");
        page.context().close();
    }

    @Test
    void aClickOnAnEmptyDayRegistersAPlainEntry() {
        Page page = browser.desktop();
        Pages.logIn(page, app, "staff1");
        page.navigate(app.baseUrl() + "schedule");
        assertThat(page.locator(".fc-event").first()).isVisible();
        // half a year ahead the demo data has nothing planned yet
        for (int month = 0; month < 6; month++) {
            page.locator(".fc-next-button").click();
        }
        Locator day = page.locator(".fc-daygrid-day:not(.fc-day-other)").nth(10);
        day.locator(".fc-daygrid-day-frame").click(new Locator.ClickOptions().setPosition(20, 60));
        assertThat(page.locator("#slot-entry")).isVisible();
        assertThat(page.locator("#slot-negotiation")).isVisible();
        Browser.screenshot(page, "schedule-slot-menu-1440.png");
        page.locator("#slot-entry").click();
        page.locator("#entry-title input").fill("E2E 社内勉強会");
        page.locator("#entry-save").click();
        assertThat(page.locator(".fc-event").filter(new Locator.FilterOptions().setHasText("E2E 社内勉強会")))
                .isVisible();
        page.context().close();
    }

    @Test
    void aPlannedVisitIsDraggedToTheNextDayAndStaysThereAfterAReload() {
        Page page = browser.desktop();
        Pages.logIn(page, app, "staff1");
        page.navigate(app.baseUrl() + "schedule");
        page.locator(".fc-timeGridWeek-button").click();
        page.locator(".fc-next-button").click();
        assertThat(page.locator(".fc-timegrid-event.fc-event-draggable").first())
                .isVisible();
        // a visit is moved, never stretched: it has a start only, and a stretch would be saved as a move
        assertThat(page.locator(".fc-timegrid-event .fc-event-resizer")).hasCount(0);
        // two visits at the same time overlap: take one that is on top where the mouse grabs it
        Locator event = page.locator(".fc-timegrid-event.fc-event-draggable").all().stream()
                .filter(candidate -> (Boolean) candidate.evaluate("e => { const r = e.getBoundingClientRect();"
                        + " const hit = document.elementFromPoint(r.x + r.width / 2, r.y + Math.min(10, r.height / 2));"
                        + " return hit != null && hit.closest('.fc-event') === e; }"))
                .findFirst()
                .orElseThrow();
        String title = event.locator(".fc-event-title").innerText().strip();
        BoundingBox box = event.boundingBox();
        Locator columns = page.locator(".fc-timegrid-col.fc-day");
        int from = 0;
        for (int i = 0; i < columns.count(); i++) {
            BoundingBox column = columns.nth(i).boundingBox();
            if (box.x >= column.x && box.x < column.x + column.width) {
                from = i;
            }
        }
        int to = from < columns.count() - 1 ? from + 1 : from - 1;
        String targetDate = columns.nth(to).getAttribute("data-date");
        BoundingBox target = columns.nth(to).boundingBox();
        double x = box.x + box.width / 2;
        double y = box.y + Math.min(10, box.height / 2);
        page.mouse().move(x, y);
        page.mouse().down();
        page.mouse().move(x + 10, y + 5, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
        page.mouse()
                .move(target.x + target.width / 2, y, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(10));
        page.mouse().up();

        assertThat(page.getByText(java.util.regex.Pattern.compile("予定日を .* に変更しますか"))
                        .first())
                .isVisible();
        Browser.screenshot(page, "schedule-move-confirm-1440.png");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("OK"))
                .click();
        assertThat(page.getByText(java.util.regex.Pattern.compile("予定日を .* に変更しました"))
                        .first())
                .isVisible();

        // after a reload (the calendar opens on today's month again) the visit is on its new day
        page.reload();
        page.locator(".fc-timeGridWeek-button").click();
        page.locator(".fc-next-button").click();
        assertThat(page.locator(".fc-timegrid-col[data-date='" + targetDate + "'] .fc-event")
                        .filter(new Locator.FilterOptions().setHasText(title))
                        .first())
                .isVisible();
        page.context().close();
    }

    @Test
    void aSlotClickRegistersANewCustomerWithItsRecordAndItAppearsOnTheCalendar() {
        Page page = browser.desktop();
        Pages.logIn(page, app, "staff1");
        page.navigate(app.baseUrl() + "schedule");
        assertThat(page.locator(".fc-event").first()).isVisible();
        for (int month = 0; month < 7; month++) {
            page.locator(".fc-next-button").click();
        }
        Locator day = page.locator(".fc-daygrid-day:not(.fc-day-other)").nth(12);
        String date = day.getAttribute("data-date");
        day.locator(".fc-daygrid-day-frame").click(new Locator.ClickOptions().setPosition(20, 60));
        page.locator("#slot-negotiation").click();
        page.locator("#slot-new-customer").click();

        assertThat(page.locator("h1")).hasText("新規顧客への登録");
        page.locator("#field-name input").fill("E2E 新規顧客");
        page.locator("#field-kana input").fill("いーつーいー しんき");
        assertThat(page.locator("#field-planned-date input")).hasValue(date.replace('-', '/'));
        Browser.screenshot(page, "schedule-new-customer-1440.png");
        page.locator("#combined-save").click();
        assertThat(page.locator("#negotiation-fields")).containsText("商談対応者");
        assertThat(page.locator("h1")).hasText("E2E 新規顧客");

        page.navigate(app.baseUrl() + "schedule");
        for (int month = 0; month < 7; month++) {
            page.locator(".fc-next-button").click();
        }
        assertThat(page.locator(".fc-daygrid-day[data-date='" + date + "'] .fc-event")
                        .filter(new Locator.FilterOptions().setHasText("E2E 新規顧客")))
                .isVisible();
        page.context().close();
    }

    @Test
    void ctrlSOnTheNewCustomerFormSavesTheReportTypedJustBefore() {
        Page page = browser.desktop();
        Pages.logIn(page, app, "staff1");
        page.navigate(app.baseUrl() + "schedule/new-customer");
        assertThat(page.locator("h1")).hasText("新規顧客への登録");
        page.locator("#field-name input").fill("E2E ショートカット顧客");
        page.locator("#field-kana input").fill("しょーとかっと こきゃく");
        Locator date = page.locator("#field-planned-date input");
        date.fill(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"))
                .plusDays(3)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd")));
        date.press("Enter");
        Locator report = page.locator("#field-report textarea");
        report.click();
        report.pressSequentially("新規顧客のショートカット保存、最後の一文");
        report.press("Control+s");

        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/negotiations/\\d+$"));
        assertThat(page.locator("h1")).hasText("E2E ショートカット顧客");
        assertThat(page.locator("#negotiation-fields")).containsText("新規顧客のショートカット保存、最後の一文");
        page.context().close();
    }

    @Test
    void aSlotClickRegistersARecordForAnExistingCustomerChosenInThePicker() {
        Page page = browser.tablet();
        Pages.logIn(page, app, "staff1");
        page.navigate(app.baseUrl() + "schedule");
        assertThat(page.locator(".fc-event").first()).isVisible();
        for (int month = 0; month < 8; month++) {
            page.locator(".fc-next-button").click();
        }
        Locator day = page.locator(".fc-daygrid-day:not(.fc-day-other)").nth(8);
        String date = day.getAttribute("data-date");
        day.locator(".fc-daygrid-day-frame").click(new Locator.ClickOptions().setPosition(20, 60));
        page.locator("#slot-negotiation").click();
        page.locator("#slot-existing-customer").click();
        page.locator("#picker-keyword input").fill("たなか");
        page.locator("#picker-keyword input").press("Enter");
        Locator row = page.locator("#picker-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(java.util.regex.Pattern.compile("^タナカ")))
                .first();
        row.click();
        Browser.screenshot(page, "schedule-picker-820.png");
        page.locator("#picker-choose").click();

        assertThat(page.locator("h1")).hasText("商談登録");
        assertThat(page.locator("#field-planned-date input")).hasValue(date.replace('-', '/'));
        page.getByText("上記内容で保存").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/negotiations/\\d+$"));
        page.context().close();
    }

    @Test
    void onATabletAndForAPartner() {
        Page page = browser.tablet();
        Pages.logIn(page, app, "partner1");
        page.navigate(app.baseUrl() + "schedule");
        assertThat(page.locator(".fc-daygrid")).isVisible();
        page.locator(".fc-listWeek-button").click();
        assertThat(page.locator(".fc-list, .fc-list-empty").first()).isVisible();
        assertThat(page.locator(".fc-button").first().boundingBox().height).isGreaterThanOrEqualTo(44);
        Browser.screenshot(page, "schedule-partner-820.png");
        page.context().close();
    }
}
