package app.kiroku.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.mail.TestSmtp;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * メール送信 in a browser against the packaged jar, pointed at a GreenMail server inside this JVM: a record → 「メール送信」
 * → 担当者 / 社内ユーザー → 選択 → メモ入力 → OK → OK, then the mail arrives over SMTP and 送信履歴 and the admin's
 * list say 送信済み.
 */
class MailFlowIT extends EndToEndTest {

    private static final Path DATA = dataDir("mail");
    private static final String MEMO = "E2E確認のメモ：見積の件、ご確認ください。";

    private static TestSmtp smtp;

    @BeforeAll
    static void start() throws Exception {
        FileSystemUtils.deleteRecursively(DATA);
        DemoDataTemplate.copyTo(DATA);
        smtp = new TestSmtp().start();
        app = RunningApp.start(
                DATA,
                "app-mail",
                List.of(
                        "--kiroku.mail.smtp.host=127.0.0.1",
                        "--kiroku.mail.smtp.port=" + smtp.port(),
                        "--kiroku.mail.from=" + TestSmtp.FROM,
                        "--kiroku.mail.sender.interval=1s"));
        browser = new Browser();
    }

    @AfterAll
    static void stopSmtp() throws Exception {
        if (smtp != null) {
            smtp.close();
        }
    }

    @Test
    void mailARecordToAnAssigneeAndAnInHouseUser() throws Exception {
        Page page = browser.desktop();
        Pages.logIn(page, app, "staff1");

        // the demo's first record: staff1's visit today
        page.navigate(app.baseUrl() + "negotiations/1");
        String customer = page.locator("h1").textContent().strip();
        page.locator("#negotiation-mail").click();

        // 担当者 is the default tab; 社内ユーザー is searchable: 山田 花子 (admin) is never a demo 担当者
        Locator tabs = page.locator("#mail-tabs");
        assertThat(tabs.getByRole(AriaRole.TAB, new Locator.GetByRoleOptions().setName("担当者")))
                .hasAttribute("aria-selected", "true");
        assertThat(page.locator("#mail-assignees")).isVisible();
        tabs.getByRole(AriaRole.TAB, new Locator.GetByRoleOptions().setName("社内ユーザー"))
                .click();
        page.locator("#mail-user-search input").fill("やまだ");
        Locator users = page.locator("#mail-users");
        page.waitForFunction("() => document.querySelector('#mail-users').size === 1");
        assertThat(users.locator("vaadin-grid-cell-content:visible")
                        .filter(new Locator.FilterOptions().setHasText("山田 花子")))
                .isVisible();
        assertThat(users).not().containsText("田中 誠");
        int preTicked = selectedCount(page);
        // the one row left (the header has the select-all box, hidden rows are kept for scrolling)
        users.locator("vaadin-grid-cell-content vaadin-checkbox:visible").last().click();
        int recipients = preTicked + 1;
        assertThat(page.locator("#mail-selected-count")).hasText("選択中: " + recipients + "名");
        Browser.screenshot(page, "mail-recipients.png");

        // 選択 → メモ入力 → OK → the confirmation → OK
        page.locator("#mail-select").click();
        assertThat(page.locator("#mail-recipients")).containsText("山田 花子");
        page.locator("#mail-memo-enter").click();
        page.locator("#mail-memo textarea").fill(MEMO);
        Browser.screenshot(page, "mail-memo.png");
        page.locator("#mail-ok").click();
        Locator confirm = page.getByText(Pattern.compile(recipients + "名に商談記録をメールで送信します"));
        assertThat(confirm).isVisible();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("OK").setExact(true))
                .last()
                .click();
        assertThat(page.getByText(Pattern.compile("メールの送信を受け付けました"))).isVisible();

        // the background sender delivers it over SMTP, once per recipient
        assertThat(smtp.awaitReceived(recipients, Duration.ofSeconds(60))).isTrue();
        Thread.sleep(2000);
        List<MimeMessage> received = smtp.received();
        assertThat(received).hasSize(recipients);
        MimeMessage toAdmin = received.stream()
                .filter(m -> to(m).equals("admin@kiroku.example.com"))
                .findFirst()
                .orElseThrow();
        assertThat(toAdmin.getSubject()).startsWith("【商談記録】" + customer + " ");
        assertThat(TestSmtp.body(toAdmin, "text/plain"))
                .contains(MEMO)
                .contains("【備考】")
                .contains(app.baseUrl() + "negotiations/1");

        // 送信履歴 on the record
        page.reload();
        assertThat(page.locator("#mail-history")).containsText("山田 花子");
        assertThat(page.locator("#mail-history")).containsText("送信済み");
        Browser.screenshot(page, "mail-history.png");
        page.context().close();

        // the admin's list of all mails
        Page admin = browser.desktop();
        Pages.logIn(admin, app, "admin");
        admin.navigate(app.baseUrl() + "admin/mail");
        assertThat(admin.locator("#mail-outbox")).containsText("送信済み");
        assertThat(admin.locator("#mail-outbox")).containsText("admin@kiroku.example.com");
        Browser.screenshot(admin, "mail-admin.png");
        admin.context().close();
    }

    private static int selectedCount(Page page) {
        String count = page.locator("#mail-selected-count").textContent();
        Matcher number = Pattern.compile("(\\d+)名").matcher(count);
        assertThat(number.find()).as(count).isTrue();
        return Integer.parseInt(number.group(1));
    }

    private static String to(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
