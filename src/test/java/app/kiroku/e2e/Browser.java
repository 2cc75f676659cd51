package app.kiroku.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ServiceWorkerPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Debian's Chromium driven by Playwright, with the flags this closed network needs. */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("KIROKU_CHROMIUM", "/usr/bin/chromium"));

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    Browser() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("Chromium not found at " + CHROMIUM + " (apt-get install chromium)");
        }
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--headless",
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
    }

    Page desktop() {
        return page(1440, 900, false);
    }

    Page tablet() {
        return page(820, 1180, true);
    }

    /** A tablet in portrait, by touch, whose browser asks for English. */
    Page tabletInEnglish() {
        return page(820, 1180, true, ServiceWorkerPolicy.BLOCK, "en-US");
    }

    /**
     * The desktop's 1440×900 window at 200 % browser zoom: what the page lays out for is half as wide and high,
     * drawn with two device pixels per CSS pixel.
     */
    Page desktopAt200Percent() {
        BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(720, 450)
                .setDeviceScaleFactor(2)
                .setServiceWorkers(ServiceWorkerPolicy.BLOCK)
                .setLocale("ja-JP")
                .setTimezoneId("Asia/Tokyo"));
        context.setDefaultTimeout(20_000);
        return context.newPage();
    }

    /** A phone in portrait, by touch. */
    Page phone() {
        return page(390, 844, true);
    }

    /** A tablet that lets Kiroku's service worker run, as an installed web app has it. */
    Page tabletWithServiceWorker() {
        return page(820, 1180, true, ServiceWorkerPolicy.ALLOW);
    }

    /**
     * Every other test page runs without the service worker: each test opens fresh browser contexts, and in each the
     * worker would download and cache the whole frontend again while the test measures or waits for the first screen.
     */
    private Page page(int width, int height, boolean touch) {
        return page(width, height, touch, ServiceWorkerPolicy.BLOCK);
    }

    private Page page(int width, int height, boolean touch, ServiceWorkerPolicy serviceWorkers) {
        return page(width, height, touch, serviceWorkers, "ja-JP");
    }

    private Page page(int width, int height, boolean touch, ServiceWorkerPolicy serviceWorkers, String locale) {
        BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(width, height)
                .setHasTouch(touch)
                .setServiceWorkers(serviceWorkers)
                .setIsMobile(touch)
                .setLocale(locale)
                .setTimezoneId("Asia/Tokyo"));
        context.setDefaultTimeout(20_000);
        return context.newPage();
    }

    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(RunningApp.itDir().resolve("screenshots").resolve(name)));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
