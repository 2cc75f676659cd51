package app.kiroku.e2e;

import com.microsoft.playwright.Page;

/** Steps every end-to-end test takes. */
final class Pages {

    static final String DEMO_PASSWORD = "kiroku-demo";

    private Pages() {}

    static void logIn(Page page, RunningApp app, String user) {
        page.navigate(app.baseUrl() + "login");
        logIn(page, user, DEMO_PASSWORD);
    }

    static void logIn(Page page, String user, String password) {
        page.locator("input[name='username']").fill(user);
        page.locator("input[name='password']").fill(password);
        page.locator("input[name='password']").press("Enter");
        page.waitForLoadState();
        page.waitForURL(url -> !url.endsWith("/login"));
    }
}
