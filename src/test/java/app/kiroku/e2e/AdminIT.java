package app.kiroku.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** マスタ管理 and ユーザー管理 in Chromium: a new progress flag reaches the record form; a new user's first login. */
class AdminIT extends EndToEndTest {

    @BeforeAll
    static void startApp() throws Exception {
        start("admin");
    }

    @Test
    void anAdminAddsAProgressFlagAndItIsOfferedInTheRecordForm() {
        Page page = browser.desktop();
        Pages.logIn(page, app, "admin");
        page.navigate(app.baseUrl() + "admin/masters");
        page.getByRole(com.microsoft.playwright.options.AriaRole.TAB, new Page.GetByRoleOptions().setName("進捗"))
                .click();
        page.locator("#master-add-progress").click();
        page.locator("#master-name input").fill("現地調査");
        page.locator("#master-save").click();
        assertThat(page.locator("#master-grid-progress")).containsText("現地調査");
        Browser.screenshot(page, "masters-1440.png");

        page.navigate(app.baseUrl() + "customers/1/negotiations/new");
        page.locator("#field-progress input").click();
        Locator option = page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("現地調査"));
        assertThat(option).isVisible();
        Browser.screenshot(page, "record-form-new-flag-1440.png");
        page.context().close();
    }

    @Test
    void enterInTheMasterDialogSavesTheNameTypedJustBefore() {
        Page page = browser.desktop();
        Pages.logIn(page, app, "admin");
        page.navigate(app.baseUrl() + "admin/masters");
        page.getByRole(com.microsoft.playwright.options.AriaRole.TAB, new Page.GetByRoleOptions().setName("顧客ランク"))
                .click();
        page.locator("#master-add-rank").click();
        Locator name = page.locator("#master-name input");
        name.click();
        name.pressSequentially("特A");
        name.press("Enter");

        assertThat(page.locator("#master-dialog")).hasCount(0);
        assertThat(page.locator("#master-grid-rank")).containsText("特A");
        page.context().close();
    }

    @Test
    void aNewUserMustChooseTheirOwnPasswordAtTheFirstLogin() {
        Page page = browser.desktop();
        Pages.logIn(page, app, "admin");
        page.navigate(app.baseUrl() + "admin/users");
        page.locator("#user-new").click();
        page.locator("#user-login-id input").fill("newstaff");
        page.locator("#user-name input").fill("新田 一郎");
        page.locator("#user-email input").fill("newstaff@kiroku.example.com");
        page.locator("#user-save").click();
        String temporary = page.locator("#temporary-password").innerText().strip();
        Browser.screenshot(page, "users-temporary-1440.png");
        page.context().close();

        Page first = browser.tablet();
        first.navigate(app.baseUrl() + "login");
        Pages.logIn(first, "newstaff", temporary);
        assertThat(first).hasURL(Pattern.compile(".*/account$"));
        assertThat(first.locator("#must-change")).isVisible();
        first.locator("#account-current input").fill(temporary);
        first.locator("#account-new input").fill("Kaze-to-hikari-26");
        first.locator("#account-repeat input").fill("Kaze-to-hikari-26");
        first.locator("#account-change").click();
        assertThat(first.locator("#must-change")).hasCount(0);
        first.navigate(app.baseUrl());
        assertThat(first.locator("h1")).hasText("今日の予定");
        Browser.screenshot(first, "account-820.png");
        first.context().close();
    }

    @Test
    void theAdminScreensOnATablet() {
        Page page = browser.tablet();
        Pages.logIn(page, app, "admin");
        page.navigate(app.baseUrl() + "admin/users");
        assertThat(page.locator("#user-grid")).containsText("staff1");
        Browser.screenshot(page, "users-820.png");
        page.navigate(app.baseUrl() + "admin/masters");
        assertThat(page.locator("#master-grid-department")).containsText("営業一課");
        Browser.screenshot(page, "masters-820.png");
        page.context().close();
    }

    @Test
    void deactivatingOrDemotingAUserEndsTheirOpenSession() {
        Page staff3 = signedInOnCustomers("staff3");
        Page staff4 = signedInOnCustomers("staff4");

        Page admin = browser.desktop();
        Pages.logIn(admin, app, "admin");
        editUser(admin, "staff3", dialog -> admin.locator("#user-active input").uncheck());
        editUser(admin, "staff4", dialog -> {
            admin.locator("#user-role").click();
            admin.locator("vaadin-select-item")
                    .filter(new Locator.FilterOptions().setHasText("関連業者"))
                    .click();
        });
        admin.context().close();

        for (Page page : java.util.List.of(staff3, staff4)) {
            page.locator("vaadin-side-nav-item[path='/schedule']").first().click();
            assertThat(page).hasURL(Pattern.compile(".*/login$"));
            page.context().close();
        }
    }

    private Page signedInOnCustomers(String user) {
        Page page = browser.desktop();
        Pages.logIn(page, app, user);
        page.navigate(app.baseUrl() + "customers");
        assertThat(page.locator("#customer-grid")).isVisible();
        return page;
    }

    private void editUser(Page admin, String loginId, java.util.function.Consumer<Locator> change) {
        // all demo users fit on one screen: no search, so the grid is not redrawn under the click
        admin.navigate(app.baseUrl() + "admin/users");
        admin.locator("#user-grid vaadin-grid-cell-content >> visible=true")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^" + loginId + "$")))
                .first()
                .click();
        Locator dialog = admin.locator("#user-dialog");
        assertThat(admin.locator("#user-login-id input")).hasValue(loginId);
        change.accept(dialog);
        admin.locator("#user-save").click();
        assertThat(admin.locator("#user-save")).hasCount(0);
    }
}
