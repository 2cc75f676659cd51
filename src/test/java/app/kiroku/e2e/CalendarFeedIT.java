package app.kiroku.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** アカウント設定 issues the calendar feed URL; a calendar app (a plain HTTP client, no cookies) reads it. */
class CalendarFeedIT extends EndToEndTest {

    @BeforeAll
    static void startApp() throws Exception {
        start("calendar-feed");
    }

    @Test
    void theUrlShownInTheAccountScreenServesStaff1sVisitsToAClientWithoutASession() throws Exception {
        Page page = browser.desktop();
        Pages.logIn(page, app, "staff1");
        page.navigate(app.baseUrl() + "account");
        assertThat(page.locator("#calendar-feed-status")).isVisible();
        page.locator("#calendar-feed-issue").click();
        assertThat(page.locator("#calendar-feed-qr")).isVisible();
        String url = page.locator("#calendar-feed-url input").inputValue();
        assertThat(url).startsWith(app.baseUrl() + "calendar/feed/").endsWith(".ics");
        assertThat(page.locator("#calendar-feed-webcal").getAttribute("href"))
                .isEqualTo(url.replaceFirst("^http://", "webcal://"));
        page.locator("#calendar-feed").scrollIntoViewIfNeeded();
        Browser.screenshot(page, "account-calendar-feed-1440.png");

        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> response =
                client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/calendar;charset=UTF-8");
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        ICalendar calendar = Biweekly.parse(response.body()).first();
        VEvent visit = calendar.getEvents().stream()
                .filter(e -> e.getUid().getValue().startsWith("negotiation-"))
                .findFirst()
                .orElseThrow();
        String id = visit.getUid().getValue().replaceAll("\\D", "");
        assertThat(visit.getUrl().getValue()).isEqualTo(app.baseUrl() + "negotiations/" + id);

        // the record the feed links to is the one it names
        String summary = visit.getSummary().getValue();
        String customer = summary.contains("（") ? summary.substring(0, summary.lastIndexOf('（')) : summary;
        page.navigate(visit.getUrl().getValue());
        assertThat(page.locator("#negotiation-fields")).isVisible();
        assertThat(page.locator("body")).containsText(customer);

        String etag = response.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = client.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("If-None-Match", etag)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);

        // a record registered now is in the next read, under its own UID, and the ETag changed with it
        page.navigate(app.baseUrl() + "customers/1/negotiations/new");
        var date = page.locator("#field-planned-date input");
        date.fill(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"))
                .plusDays(4)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd")));
        date.press("Enter");
        page.locator("#field-report textarea").fill("フィード確認の訪問");
        page.locator("#negotiation-save").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/negotiations/\\d+$"));
        String registered = page.url().replaceAll(".*/negotiations/", "");
        HttpResponse<String> after = client.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("If-None-Match", etag)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(after.statusCode()).isEqualTo(200);
        VEvent added = Biweekly.parse(after.body()).first().getEvents().stream()
                .filter(e -> e.getUid().getValue().equals("negotiation-" + registered + "@kiroku"))
                .findFirst()
                .orElseThrow();
        assertThat(added.getDescription().getValue()).contains("フィード確認の訪問");

        Page tablet = browser.tablet();
        Pages.logIn(tablet, app, "staff1");
        tablet.navigate(app.baseUrl() + "account");
        assertThat(tablet.locator("#calendar-feed-status")).containsText("発行");
        tablet.locator("#calendar-feed-reissue").click();
        tablet.locator("vaadin-button[slot='confirm-button']").click();
        assertThat(tablet.locator("#calendar-feed-qr")).isVisible();
        String reissued = tablet.locator("#calendar-feed-url input").inputValue();
        assertThat(reissued).isNotEqualTo(url);
        tablet.locator("#calendar-feed").scrollIntoViewIfNeeded();
        Browser.screenshot(tablet, "account-calendar-feed-820.png");
        assertThat(client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(404);
        assertThat(client.send(
                                HttpRequest.newBuilder(URI.create(reissued)).build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(200);
        tablet.context().close();
        page.context().close();
    }
}
