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
    void aPlannedVisitIsDraggedToTheNextDayAfterAConfirmation() {
        Page page = browser.desktop();
        Pages.logIn(page, app, "staff1");
        page.navigate(app.baseUrl() + "schedule");
        page.locator(".fc-timeGridWeek-button").click();
        page.locator(".fc-next-button").click();
        Locator event = page.locator(".fc-timegrid-event.fc-event-draggable").first();
        assertThat(event).isVisible();
        BoundingBox box = event.boundingBox();
        BoundingBox column = page.locator(".fc-timegrid-col.fc-day").first().boundingBox();
        double x = box.x + box.width / 2;
        double y = box.y + Math.min(10, box.height / 2);
        double targetX = x + (box.x + column.width < column.x + 6 * column.width ? column.width : -column.width);
        page.mouse().move(x, y);
        page.mouse().down();
        page.mouse().move(x + 10, y + 5, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
        page.mouse().move(targetX, y, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(10));
        page.mouse().up();

        Locator confirm = page.getByText(java.util.regex.Pattern.compile("予定日を .* に変更しますか")).first();
        assertThat(confirm).isVisible();
        Browser.screenshot(page, "schedule-move-confirm-1440.png");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("OK")).click();
        assertThat(page.getByText(java.util.regex.Pattern.compile("予定日を .* に変更しました")).first()).isVisible();
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
