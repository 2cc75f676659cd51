package app.kiroku.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * P7 of docs/benchmarks.md: the server's retained heap per signed-in session with the customer list open.
 *
 * <p>The jar runs with {@link BenchRun#JVM_OPTIONS}. Sessions are held by one headless Chromium on loopback, each in
 * a browser context of its own (its own cookies, so its own HTTP and Vaadin session), signed in as staff1 and left
 * open on 顧客検索 with the grid's first rows shown: a page that unloads would end its UI. After 3 warm-up sessions
 * the live heap is read, then N more sessions are opened and it is read again; the figure is the difference / N.
 *
 * <p>Live heap = the total of {@code jcmd <pid> GC.class_histogram}, which counts only live objects after a full
 * GC of the app's JVM; it is read three times and the smallest total is kept, so that a request in flight or a
 * scheduler run does not count. The per-class difference of the two histograms is written beside the result, to see
 * what a session is made of.
 *
 * <p>Smoke size (CI): 5 sessions on the embedded demo data. Full size:
 * {@code -Dkiroku.bench.url=jdbc:mariadb://127.0.0.1:3306/kiroku_bench -Dkiroku.bench.sessions=50}.
 */
class SessionMemoryBenchmarkIT extends EndToEndTest {

    static final String NAME = "P7-session-memory";
    static final int WARM_UP_SESSIONS = 3;
    /**
     * Idle keep-alive connections are closed after 2 s instead of Tomcat's 60 s, and the heap is read after that:
     * each of Chromium's up to 6 connections per context holds about 16 KB of socket buffers, a cost of open
     * connections, not of sessions, which would otherwise count or not depending on how long the run takes.
     */
    static final List<String> APP_ARGS = List.of("--server.tomcat.keep-alive-timeout=2s");

    /** Body rows of the customer grid that show data: the row models are there and not loading. */
    private static final String SHOWN_ROWS = """
            () => {
              const grid = document.getElementById('customer-grid');
              if (!grid || !grid.shadowRoot) return 0;
              return [...grid.shadowRoot.querySelectorAll('#items > tr')]
                  .filter(r => r.index !== undefined && !r.hidden && !r.hasAttribute('loading'))
                  .filter(r => [...r.querySelectorAll(':scope > td slot')]
                      .some(s => s.assignedNodes({flatten: true}).some(n => n.textContent.trim() !== '')))
                  .length;
            }
            """;

    private static final Pattern HISTOGRAM_ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+).*$");
    private static final Pattern HISTOGRAM_TOTAL = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+)\\s*$");

    record ClassUse(long instances, long bytes) {}

    record Histogram(long bytes, Map<String, ClassUse> classes) {}

    @BeforeAll
    static void startOnTheBenchmarkData() throws Exception {
        app = BenchRun.startApp("p7", APP_ARGS);
        browser = new Browser();
    }

    @Test
    void retainedHeapPerSignedInSessionWithTheCustomerListOpen() throws Exception {
        int sessions = BenchRun.size("sessions", 5, 50);
        var pages = new ArrayList<Page>();
        for (int i = 0; i < WARM_UP_SESSIONS; i++) {
            pages.add(openSession());
        }
        Histogram before = liveHeap();
        for (int i = 0; i < sessions; i++) {
            pages.add(openSession());
        }
        Histogram after = liveHeap();

        for (Page page : pages) {
            assertThat(((Number) page.evaluate(SHOWN_ROWS)).intValue())
                    .as("grid rows shown in %s", page.url())
                    .isPositive();
        }
        double perSessionKb = (after.bytes() - before.bytes()) / 1024.0 / sessions;
        assertThat(perSessionKb).as("retained heap per session, KB").isPositive();

        var lines = new ArrayList<String>();
        lines.add(("P7 on %s: %d warm-up + %d measured sessions (staff1, 顧客検索 open, one Chromium context each),"
                        + " jar with %s %s; live heap = total of jcmd GC.class_histogram after a full GC,"
                        + " smallest of 3")
                .formatted(
                        BenchRun.dataDescription(),
                        WARM_UP_SESSIONS,
                        sessions,
                        String.join(" ", BenchRun.JVM_OPTIONS),
                        String.join(" ", APP_ARGS)));
        lines.add("");
        lines.add("| | KB per session | sessions | live heap before MB | live heap after MB | goal |");
        lines.add("|---|---|---|---|---|---|");
        lines.add("| P7 retained heap per signed-in session, customer list open | %.1f | %d | %.1f | %.1f | ≤ 90 KB |"
                .formatted(perSessionKb, sessions, before.bytes() / 1048576.0, after.bytes() / 1048576.0));
        BenchRun.report(NAME, lines);
        BenchRun.report(NAME + "-by-class", difference(before, after, sessions));

        for (Page page : pages) {
            page.context().close();
        }
    }

    /** Asked for 顧客検索, signed in on the way (the login returns to it): one UI per session, as users have it. */
    private Page openSession() {
        Page page = browser.desktop();
        page.navigate(app.baseUrl() + "customers");
        Pages.logIn(page, "staff1", Pages.DEMO_PASSWORD);
        assertThat(page.url()).contains("/customers");
        try {
            page.waitForFunction(SHOWN_ROWS);
        } catch (com.microsoft.playwright.TimeoutError slow) {
            Browser.screenshot(page, "p7-session-without-rows.png");
            throw slow;
        }
        return page;
    }

    /** The smallest of three class histograms of live objects (each after a full GC) of the app's JVM. */
    private static Histogram liveHeap() throws IOException, InterruptedException {
        Thread.sleep(4_000); // idle connections closed, see APP_ARGS
        Histogram smallest = null;
        for (int i = 0; i < 3; i++) {
            Histogram histogram = histogram();
            if (smallest == null || histogram.bytes() < smallest.bytes()) {
                smallest = histogram;
            }
        }
        return smallest;
    }

    private static Histogram histogram() throws IOException, InterruptedException {
        Path java = Path.of(ProcessHandle.current().info().command().orElse("java"));
        Path jcmd = java.resolveSibling("jcmd");
        Path out = RunningApp.itDir().resolve("p7-histogram.txt");
        Process process = new ProcessBuilder(
                        Files.isExecutable(jcmd) ? jcmd.toString() : "jcmd",
                        Long.toString(app.pid()),
                        "GC.class_histogram")
                .redirectErrorStream(true)
                .redirectOutput(out.toFile())
                .start();
        assertThat(process.waitFor()).as("jcmd exit code").isZero();
        Map<String, ClassUse> classes = new HashMap<>();
        long total = -1;
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            var row = HISTOGRAM_ROW.matcher(line);
            if (row.matches()) {
                classes.merge(
                        row.group(3),
                        new ClassUse(Long.parseLong(row.group(1)), Long.parseLong(row.group(2))),
                        (a, b) -> new ClassUse(a.instances() + b.instances(), a.bytes() + b.bytes()));
            }
            var totals = HISTOGRAM_TOTAL.matcher(line);
            if (totals.matches()) {
                total = Long.parseLong(totals.group(2));
            }
        }
        assertThat(total).as("Total line of jcmd GC.class_histogram in " + out).isPositive();
        return new Histogram(total, classes);
    }

    /** The classes that grew most between the two histograms, per session. */
    private static List<String> difference(Histogram before, Histogram after, int sessions) {
        var lines = new ArrayList<String>();
        lines.add("P7: live heap growth by class over %d sessions (after − before), largest first".formatted(sessions));
        lines.add("");
        lines.add("| class | bytes per session | instances per session |");
        lines.add("|---|---|---|");
        after.classes().entrySet().stream()
                .map(e -> {
                    ClassUse was = before.classes().getOrDefault(e.getKey(), new ClassUse(0, 0));
                    return Map.entry(
                            e.getKey(),
                            new ClassUse(
                                    e.getValue().instances() - was.instances(),
                                    e.getValue().bytes() - was.bytes()));
                })
                .sorted(Comparator.comparingLong(
                                (Map.Entry<String, ClassUse> e) -> e.getValue().bytes())
                        .reversed())
                .limit(40)
                .forEach(e -> lines.add("| %s | %,d | %.1f |"
                        .formatted(
                                e.getKey(),
                                e.getValue().bytes() / sessions,
                                e.getValue().instances() / (double) sessions)));
        return lines;
    }
}
