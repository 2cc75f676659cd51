package app.kiroku.e2e;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.springframework.util.FileSystemUtils;

/** The packaged app on fresh embedded data, and Chromium, for one test class at a time. */
abstract class EndToEndTest {

    static RunningApp app;
    static Browser browser;

    static Path dataDir(String name) {
        return RunningApp.itDir().resolve("data-" + name);
    }

    /** Starts the jar on a fresh copy of the demo data, and a browser. */
    static void start(String name) throws Exception {
        FileSystemUtils.deleteRecursively(dataDir(name));
        DemoDataTemplate.copyTo(dataDir(name));
        app = RunningApp.start(dataDir(name), "app-" + name);
        browser = new Browser();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (app != null) {
            app.close();
            app = null;
        }
    }
}
