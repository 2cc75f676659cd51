package app.kiroku.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.mail.TestSmtp;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.util.FileSystemUtils;

/**
 * Two nodes of the packaged jar on one MariaDB, as behind a load balancer: each node reaches the database through a
 * proxy of its own ({@link TcpProxy}), so that one node's database can go away while the other keeps it. The last
 * test kills node A; the ones before it need both.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final Pattern LOG_TIME =
            Pattern.compile("^(\\S+Z)\\s.*Daily sweep ran on this node", Pattern.MULTILINE);

    private static ExternalDatabase database;
    private static TcpProxy linkA;
    private static TcpProxy linkB;
    private static TestSmtp smtp;
    private static RunningApp nodeA;
    private static RunningApp nodeB;
    private static Browser browser;
    /** The record test 2 saved, e.g. {@code negotiations/42}. */
    private static String recordPath;

    private static final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void twoNodes() throws Exception {
        database = ExternalDatabase.fresh("nodes");
        linkA = new TcpProxy(database.host, database.port);
        linkB = new TcpProxy(database.host, database.port);
        smtp = new TestSmtp().start();
        // one after the other: the first makes the schema and the demo data, the second finds them
        nodeA = start("a", linkA);
        nodeB = start("b", linkB);
        browser = new Browser();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        for (RunningApp node : new RunningApp[] {nodeA, nodeB}) {
            if (node != null) {
                node.close();
            }
        }
        if (smtp != null) {
            smtp.close();
        }
        linkA.close();
        linkB.close();
        database.close();
    }

    private static RunningApp start(String name, TcpProxy link) throws Exception {
        Path data = RunningApp.itDir().resolve("data-node-" + name);
        FileSystemUtils.deleteRecursively(data);
        var args = new ArrayList<>(database.appArguments(link.port()));
        args.addAll(List.of(
                "--kiroku.demo-data=true",
                "--kiroku.mail.smtp.host=127.0.0.1",
                "--kiroku.mail.smtp.port=" + smtp.port(),
                "--kiroku.mail.smtp.timeout=5s",
                "--kiroku.mail.from=" + TestSmtp.FROM,
                "--kiroku.mail.sender.initial-delay=1s",
                "--kiroku.mail.sender.interval=200ms",
                "--kiroku.mail.sender.batch-size=10",
                "--kiroku.mail.sender.lease=8s",
                // the nightly sweep every three seconds, to see it run once per occurrence across the two
                "--kiroku.sweep.cron=*/3 * * * * *",
                "--kiroku.sessions.check-interval=1s"));
        return RunningApp.start(data, "app-node-" + name, args);
    }

    @Test
    @Order(1)
    void bothNodesAreReadyAndOpenNothingElseOfTheActuator() throws Exception {
        for (RunningApp node : List.of(nodeA, nodeB)) {
            for (String probe : List.of("actuator/health", "actuator/health/liveness", "actuator/health/readiness")) {
                HttpResponse<String> response = get(node, probe);
                assertThat(response.statusCode()).as(probe).isEqualTo(200);
                assertThat(response.body())
                        .as(probe)
                        .contains("\"status\":\"UP\"")
                        .doesNotContain("components")
                        .doesNotContain("details")
                        .doesNotContain("mariadb");
            }
            for (String closed : List.of(
                    "actuator",
                    "actuator/env",
                    "actuator/beans",
                    "actuator/metrics",
                    "actuator/heapdump",
                    "actuator/loggers",
                    "actuator/health/db",
                    "actuator/shutdown")) {
                HttpResponse<String> response = get(node, closed);
                assertThat(response.statusCode()).as(closed).isNotEqualTo(200);
                assertThat(response.body())
                        .as(closed)
                        .doesNotContain("\"status\"")
                        .doesNotContain("datasource");
            }
        }
    }

    @Test
    @Order(2)
    void aRecordSavedOnAShowsOnBAndTheSameRecordEditedOnBothGivesOneConflict() {
        String report = "二台確認 " + System.nanoTime() + " ご挨拶";
        LocalDate planned = LocalDate.now(TOKYO).plusDays(2);

        Page onA = browser.desktop();
        Pages.logIn(onA, nodeA, "staff1");
        onA.navigate(nodeA.baseUrl() + "customers");
        onA.locator("#customer-keyword input").fill("たなか");
        onA.locator("#customer-keyword input").press("Enter");
        onA.locator("#customer-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText("タナカ"))
                .first()
                .click();
        assertThat(onA).hasURL(Pattern.compile(".*/customers/\\d+$"));
        onA.locator("#negotiation-register").click();
        Locator date = onA.locator("#field-planned-date input");
        date.fill(planned.format(DateTimeFormatter.ofPattern("yyyy/MM/dd")));
        date.press("Enter");
        onA.locator("#field-planned-time input").fill("10:30");
        onA.locator("#field-planned-time input").press("Tab");
        onA.locator("#field-report textarea").fill(report);
        onA.getByText("上記内容で保存").click();
        assertThat(onA).hasURL(Pattern.compile(".*/negotiations/\\d+$"));
        recordPath = URI.create(onA.url()).getPath().substring(1);

        // B: in 商談検索 and in the calendar
        Page onB = browser.desktop();
        Pages.logIn(onB, nodeB, "staff1");
        onB.navigate(nodeB.baseUrl() + "negotiations");
        onB.locator("#negotiation-keyword input").fill(report);
        onB.locator("#negotiation-keyword input").press("Enter");
        assertThat(onB.locator("#negotiation-grid")).containsText(report);
        onB.navigate(nodeB.baseUrl() + "schedule");
        onB.locator(".fc-timeGridWeek-button").click();
        if (onB.locator(".fc-timegrid-col[data-date='" + planned + "']").count() == 0) {
            onB.locator(".fc-next-button").click();
        }
        assertThat(onB.locator(".fc-timegrid-col[data-date='" + planned + "'] .fc-event")
                        .first())
                .isVisible();
        Browser.screenshot(onB, "two-nodes-calendar-b.png");

        // both open the record's form; A saves first, B's save is refused and keeps what B typed
        onA.navigate(nodeA.baseUrl() + recordPath + "/edit");
        onB.navigate(nodeB.baseUrl() + recordPath + "/edit");
        onA.locator("#field-remarks textarea").fill("A: 駐車場は裏手");
        onB.locator("#field-remarks textarea").fill("B: 午前中は不在");
        onA.getByText("上記内容で保存").click();
        assertThat(onA).hasURL(Pattern.compile(".*/negotiations/\\d+$"));
        assertThat(onA.locator("#negotiation-fields")).containsText("A: 駐車場は裏手");
        onB.getByText("上記内容で保存").click();
        assertThat(onB.locator("#conflict-keep")).isVisible();
        assertThat(onB.getByText("他のユーザーが先に保存しました")).isVisible();
        Browser.screenshot(onB, "two-nodes-conflict-b.png");
        onB.locator("#conflict-keep").click();
        assertThat(onB.locator("#field-remarks textarea")).hasValue("B: 午前中は不在");
        assertThat(onB).hasURL(Pattern.compile(".*/edit$"));
        onA.context().close();
        onB.context().close();
    }

    @Test
    @Order(3)
    void anAccountChangedOnANodeEndsTheUsersSessionOnTheOther() {
        Page staff3OnB = browser.desktop();
        Pages.logIn(staff3OnB, nodeB, "staff3");
        staff3OnB.navigate(nodeB.baseUrl() + "customers");
        assertThat(staff3OnB.locator("#customer-grid")).isVisible();

        Page adminOnA = browser.desktop();
        Pages.logIn(adminOnA, nodeA, "admin");
        adminOnA.navigate(nodeA.baseUrl() + "admin/users");
        adminOnA.locator("#user-grid vaadin-grid-cell-content >> visible=true")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^staff3$")))
                .first()
                .click();
        adminOnA.locator("#user-active input").uncheck();
        adminOnA.locator("#user-save").click();
        assertThat(adminOnA.locator("#user-save")).hasCount(0);
        adminOnA.context().close();

        // node B ends the session at its next check (every second here, 5 s by default)
        staff3OnB.waitForTimeout(2500);
        staff3OnB.locator("vaadin-side-nav-item[path='/schedule']").first().click();
        assertThat(staff3OnB).hasURL(Pattern.compile(".*/login$"));
        staff3OnB.context().close();
    }

    @Test
    @Order(4)
    void theSweepRunsOncePerOccurrenceAcrossTheNodes() throws Exception {
        Thread.sleep(7_000);
        List<Instant> runs = new ArrayList<>();
        runs.addAll(sweepRuns(nodeA));
        runs.addAll(sweepRuns(nodeB));
        runs.sort(null);
        // every three seconds each node's scheduler fires, within milliseconds of the other's, and the lock is held
        // for at least five seconds: since both nodes run (a minute and more) there were many runs, one node's or the
        // other's, and never two for one occurrence
        assertThat(runs).hasSizeGreaterThanOrEqualTo(4);
        for (int i = 1; i < runs.size(); i++) {
            assertThat(Duration.between(runs.get(i - 1), runs.get(i)))
                    .as("runs %s and %s", runs.get(i - 1), runs.get(i))
                    .isGreaterThanOrEqualTo(Duration.ofMillis(2500));
        }
    }

    @Test
    @Order(5)
    void whileOneNodesDatabaseIsAwayThatNodeIsNotReadyAndSaysSoAndRecoversWithoutARestart() throws Exception {
        Page onB = browser.desktop();
        Pages.logIn(onB, nodeB, "staff1");
        onB.navigate(nodeB.baseUrl() + "customers");
        assertThat(onB.locator("#customer-grid vaadin-grid-cell-content .kiroku-progress")
                        .first())
                .isVisible();

        linkB.cut();
        try {
            // a search on the open screen: a message once the pool gives up (5 s), the screen stays as it is
            onB.locator("#customer-keyword input").fill("さとう");
            onB.locator("#customer-keyword input").press("Enter");
            assertThat(onB.locator("vaadin-notification-card")
                            .filter(new Locator.FilterOptions().setHasText("データベースに一時的に接続できません")))
                    .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
            Browser.screenshot(onB, "two-nodes-database-away-search-b.png");
            assertThat(onB.locator("#customer-keyword input")).hasValue("さとう");
            awaitStatus(nodeB, "actuator/health/readiness", 503, Duration.ofSeconds(30));
            assertThat(get(nodeB, "actuator/health/liveness").statusCode())
                    .as("alive all the same")
                    .isEqualTo(200);
            assertThat(get(nodeA, "actuator/health/readiness").statusCode())
                    .as("the other node")
                    .isEqualTo(200);
            // a screen that needs the database to open at all says so in place of the screen
            onB.navigate(nodeB.baseUrl() + recordPath);
            assertThat(onB.locator("#unexpected-error h1"))
                    .hasText("データベースに接続できません", new LocatorAssertions.HasTextOptions().setTimeout(20_000));
            assertThat(onB.locator("#error-message")).containsText("しばらくしてから");
            assertThat(onB.locator("body")).not().containsText("Exception");
            Browser.screenshot(onB, "two-nodes-database-away-b.png");
        } finally {
            linkB.restore();
        }

        awaitStatus(nodeB, "actuator/health/readiness", 200, Duration.ofSeconds(60));
        onB.navigate(nodeB.baseUrl() + recordPath);
        assertThat(onB.locator("#negotiation-fields")).containsText("A: 駐車場は裏手");
        onB.navigate(nodeB.baseUrl() + "customers");
        assertThat(onB.locator("#customer-grid vaadin-grid-cell-content .kiroku-progress")
                        .first())
                .isVisible();
        onB.context().close();
    }

    @Test
    @Order(6)
    void queuedMailIsDeliveredOnceBetweenTheNodesAndANodeKilledMidBatchLosesNone() throws Exception {
        List<Long> first = database.enqueueMails("NODES", 200);
        database.awaitCount(
                "the first 200 送信済み",
                "SELECT COUNT(*) FROM mail_outbox WHERE status = 'SENT' AND subject LIKE '%NODES %'",
                200,
                Duration.ofSeconds(90));
        Thread.sleep(1000);
        Map<Long, Integer> copies = copiesById();
        assertThat(new TreeSet<>(copies.keySet())).containsAll(first);
        assertThat(first).allMatch(id -> copies.get(id) == 1, "delivered exactly once");

        List<Long> second = database.enqueueMails("KILL", 200);
        Instant deadline = Instant.now().plusSeconds(60);
        while (database.count("SELECT COUNT(*) FROM mail_outbox WHERE status = 'SENT' AND subject LIKE '%KILL %'") < 40
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        nodeA.kill();
        nodeA = null;
        long sentAtKill =
                database.count("SELECT COUNT(*) FROM mail_outbox WHERE status = 'SENT' AND subject LIKE '%KILL %'");
        assertThat(sentAtKill).as("killed in the middle of the batch").isBetween(1L, 199L);

        // node B carries on alone, and takes up what A had claimed once A's lease ran out
        database.awaitCount(
                "the second 200 送信済み",
                "SELECT COUNT(*) FROM mail_outbox WHERE status = 'SENT' AND subject LIKE '%KILL %'",
                200,
                Duration.ofSeconds(90));
        Thread.sleep(1000);
        Map<Long, Integer> after = copiesById();
        assertThat(new TreeSet<>(after.keySet())).as("no mail lost").containsAll(second);
        long duplicates = second.stream().mapToInt(id -> after.get(id) - 1).sum();
        assertThat(duplicates)
                .as("at most the one mail A had handed to SMTP when it died")
                .isLessThanOrEqualTo(1);
    }

    private static Map<Long, Integer> copiesById() {
        Map<Long, Integer> copies = new HashMap<>();
        for (MimeMessage message : smtp.received()) {
            copies.merge(outboxId(message), 1, Integer::sum);
        }
        return copies;
    }

    private static long outboxId(MimeMessage message) {
        try {
            return Long.parseLong(Objects.requireNonNull(message.getHeader("X-Kiroku-Outbox-Id", null))
                    .strip());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Instant> sweepRuns(RunningApp node) throws Exception {
        List<Instant> runs = new ArrayList<>();
        Matcher matcher = LOG_TIME.matcher(node.log());
        while (matcher.find()) {
            runs.add(Instant.parse(matcher.group(1)));
        }
        return runs;
    }

    private static void awaitStatus(RunningApp node, String path, int status, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        int seen = get(node, path).statusCode();
        while (seen != status && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            seen = get(node, path).statusCode();
        }
        assertThat(seen).as(path + " within " + timeout).isEqualTo(status);
    }

    private static HttpResponse<String> get(RunningApp node, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(node.baseUrl() + path))
                        .timeout(Duration.ofSeconds(20))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
