package app.kiroku.schedule.feed.ui;

import app.kiroku.schedule.feed.CalendarFeedService;
import app.kiroku.schedule.feed.FeedLinks;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * カレンダーの購読 in アカウント設定: issue, re-issue or revoke my feed URL. Only the token's hash is kept, so a URL
 * is shown (with a copy button, a {@code webcal://} link and a QR code for the phone) right after it is issued;
 * later visits show when it was issued and offer a new one.
 */
class CalendarFeedPanel extends Div {

    private static final DateTimeFormatter ISSUED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final CalendarFeedService feeds;
    private final Div body = new Div();

    CalendarFeedPanel(CalendarFeedService feeds) {
        this.feeds = feeds;
        setId("calendar-feed");
        addClassNames("kiroku-card", "kiroku-stack", "kiroku-calendar-feed");
        var intro = new Paragraph(getTranslation("calendarFeed.intro", CalendarFeedService.PAST_DAYS));
        body.addClassName("kiroku-stack");
        add(new H2(getTranslation("calendarFeed.title")), intro, body);
        showStatus(feeds.issuedAt());
    }

    private void showStatus(Optional<LocalDateTime> issuedAt) {
        body.removeAll();
        var status = new Paragraph(issuedAt.map(at -> getTranslation("calendarFeed.issuedAt", ISSUED.format(at)))
                .orElseGet(() -> getTranslation("calendarFeed.none")));
        status.addClassName("kiroku-muted");
        status.setId("calendar-feed-status");
        body.add(status, actions(issuedAt.isPresent()));
    }

    private void showLinks(FeedLinks links) {
        body.removeAll();
        var url = new TextField(getTranslation("calendarFeed.url"));
        url.setValue(links.web());
        url.setReadOnly(true);
        url.setWidthFull();
        url.setId("calendar-feed-url");
        var copy = new Button(getTranslation("calendarFeed.copy"), VaadinIcon.COPY.create(), e -> {
            getElement()
                    .executeJs("return navigator.clipboard.writeText($0)", links.web())
                    .then(ok -> Notification.show(getTranslation("calendarFeed.copied")));
        });
        copy.setId("calendar-feed-copy");
        var webcal = new Anchor();
        // built here from kiroku.base-url and a token of base64url characters only: a trusted URL, in a scheme
        // Vaadin does not list as safe because it hands over to the calendar app
        webcal.setUnsafeHref(links.webcal());
        webcal.setText(getTranslation("calendarFeed.openApp"));
        webcal.setId("calendar-feed-webcal");
        var web = new Anchor(links.web(), getTranslation("calendarFeed.openWeb"));
        web.setId("calendar-feed-web");
        var linkRow = new Div(copy, webcal, web);
        linkRow.addClassName("kiroku-calendar-feed-links");
        var qr = new Image(QrCodeImage.dataUrl(links.webcal()), getTranslation("calendarFeed.qr"));
        qr.setId("calendar-feed-qr");
        qr.addClassName("kiroku-calendar-feed-qr");
        var qrNote = new Paragraph(getTranslation("calendarFeed.qrNote"));
        qrNote.addClassName("kiroku-muted");
        var once = new Paragraph(getTranslation("calendarFeed.once"));
        once.addClassName("kiroku-notice");
        body.add(url, linkRow, qr, qrNote, once, actions(true));
    }

    private Div actions(boolean issued) {
        var actions = new Div();
        actions.addClassName("kiroku-calendar-feed-links");
        if (!issued) {
            var issue = new Button(getTranslation("calendarFeed.issue"), e -> showLinks(feeds.issue()));
            issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            issue.setId("calendar-feed-issue");
            actions.add(issue);
            return actions;
        }
        var reissue = new Button(
                getTranslation("calendarFeed.reissue"),
                e -> confirm(
                        "calendarFeed.reissue.confirm",
                        getTranslation("calendarFeed.reissue"),
                        () -> showLinks(feeds.issue())));
        reissue.setId("calendar-feed-reissue");
        var revoke = new Button(
                getTranslation("calendarFeed.revoke"),
                e -> confirm("calendarFeed.revoke.confirm", getTranslation("calendarFeed.revoke"), () -> {
                    feeds.revoke();
                    showStatus(Optional.empty());
                }));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        revoke.setId("calendar-feed-revoke");
        actions.add(reissue, revoke);
        return actions;
    }

    private void confirm(String questionKey, String action, Runnable then) {
        var dialog = new ConfirmDialog(
                getTranslation("calendarFeed.title"), getTranslation(questionKey), action, e -> then.run());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("form.cancel"));
        dialog.setConfirmButtonTheme("primary error");
        dialog.setId("calendar-feed-confirm");
        dialog.open();
    }
}
