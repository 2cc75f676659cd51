package app.kiroku.schedule.feed.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.KirokuBrowserlessTest;
import app.kiroku.SignIn;
import app.kiroku.schedule.feed.CalendarFeedService;
import app.kiroku.user.ui.AccountView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

@Transactional
class CalendarFeedPanelTest extends KirokuBrowserlessTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    CalendarFeedService feeds;

    @Test
    void theAccountScreenIssuesAUrlWithWebcalLinkAndQrCodeAndReissuingReplacesIt() {
        SignIn.as(users, "staff1");
        navigate(AccountView.class);
        assertThat($(Paragraph.class).id("calendar-feed-status").getText()).contains("まだ発行していません");
        test($(Button.class).id("calendar-feed-issue")).click();

        String url = $(TextField.class).id("calendar-feed-url").getValue();
        assertThat(url).matches("http://localhost:\\d+/calendar/feed/[A-Za-z0-9_-]{43}\\.ics");
        assertThat($(Anchor.class).id("calendar-feed-webcal").getHref())
                .isEqualTo(url.replaceFirst("^http://", "webcal://"));
        assertThat($(Anchor.class).id("calendar-feed-web").getHref()).isEqualTo(url);
        assertThat($(Image.class).id("calendar-feed-qr").getSrc()).startsWith("data:image/svg+xml;base64,");
        String token = url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
        assertThat(feeds.feed(token)).isPresent();

        test($(Button.class).id("calendar-feed-reissue")).click();
        test($(ConfirmDialog.class).id("calendar-feed-confirm")).confirm();
        String reissued = $(TextField.class).id("calendar-feed-url").getValue();
        assertThat(reissued).isNotEqualTo(url);
        assertThat(feeds.feed(token)).isEmpty();

        test($(Button.class).id("calendar-feed-revoke")).click();
        test($(ConfirmDialog.class).id("calendar-feed-confirm")).confirm();
        assertThat($(Paragraph.class).id("calendar-feed-status").getText()).contains("まだ発行していません");
        assertThat(feeds.issuedAt()).isEmpty();
    }
}
