package app.kiroku.mail.ui;

import app.kiroku.mail.MailEntry;
import app.kiroku.mail.MailOutbox;
import app.kiroku.mail.MailStatus;
import app.kiroku.shared.ui.Dialogs;
import app.kiroku.shared.ui.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/** For admins: every outbox mail, newest first, with its status, attempts and error, and 「再送」 for failed ones. */
@Route("admin/mail")
@RolesAllowed("ADMIN")
@Menu(title = "nav.mail", order = 90, icon = "vaadin:envelope")
@StyleSheet("styles/kiroku-mail.css")
public class MailOutboxView extends Div implements HasDynamicTitle {

    private final MailOutbox outbox;
    private final boolean smtpConfigured;
    private final Select<MailStatus> status = new Select<>();
    final Grid<MailEntry> grid = new Grid<>();

    public MailOutboxView(MailOutbox outbox) {
        this.outbox = outbox;
        this.smtpConfigured = outbox.smtpConfigured();
        addClassNames("kiroku-page", "kiroku-wide");
        add(new H1(getTranslation("mail.admin.title")));
        if (!smtpConfigured) {
            var notice = new Div(getTranslation("mail.admin.noSmtp"));
            notice.addClassName("kiroku-mail-notice");
            notice.setId("mail-no-smtp");
            add(notice);
        }

        status.setItems(MailStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("mail.status.all"));
        status.setItemLabelGenerator(s -> s == null
                ? getTranslation("mail.status.all")
                : getTranslation("mail.status." + s.name().toLowerCase(java.util.Locale.ROOT)));
        status.setAriaLabel(getTranslation("mail.column.status"));
        status.setId("mail-status-filter");
        status.addValueChangeListener(e -> refresh());
        var refresh = new Button(getTranslation("mail.refresh"), VaadinIcon.REFRESH.create(), e -> refresh());
        refresh.setId("mail-refresh");
        var toolbar = new Div(status, refresh);
        toolbar.addClassName("kiroku-mail-toolbar");
        add(toolbar);

        configureGrid();
        add(grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId("mail-outbox");
        grid.addThemeVariants(
                GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(false);
        grid.setHeight("70vh");
        grid.addColumn(m -> Formats.dateTime(m.createdAt(), getLocale()))
                .setHeader(getTranslation("mail.column.createdAt"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(m -> new MailStatusBadge(m, smtpConfigured))
                .setHeader(getTranslation("mail.column.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(MailOutboxView::recipient)
                .setHeader(getTranslation("mail.column.recipient"))
                .setFlexGrow(2);
        grid.addColumn(MailEntry::subject)
                .setHeader(getTranslation("mail.column.subject"))
                .setFlexGrow(3);
        grid.addColumn(MailEntry::createdByName)
                .setHeader(getTranslation("mail.column.sender"))
                .setAutoWidth(true);
        grid.addColumn(MailEntry::attempts)
                .setHeader(getTranslation("mail.column.attempts"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(m -> m.status() == MailStatus.SENT
                        ? Formats.dateTime(m.sentAt(), getLocale())
                        : m.status() == MailStatus.QUEUED && m.attempts() > 0
                                ? Formats.dateTime(m.nextAttemptAt(), getLocale())
                                : "")
                .setHeader(getTranslation("mail.column.sentAt") + " / " + getTranslation("mail.column.nextAttempt"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::errorAndAction)
                .setHeader(getTranslation("mail.column.error"))
                .setFlexGrow(3);
    }

    private Div errorAndAction(MailEntry mail) {
        var cell = new Div();
        String errorText = MailErrorText.of(mail, this);
        if (errorText != null && mail.status() != MailStatus.SENT) {
            var error = new Span(errorText);
            error.addClassName("kiroku-mail-error");
            cell.add(error);
        }
        if (mail.status() == MailStatus.FAILED) {
            var resend = new Button(getTranslation("mail.resend"), VaadinIcon.ROTATE_LEFT.create(), e -> resend(mail));
            resend.addThemeVariants(ButtonVariant.LUMO_SMALL);
            resend.setId("mail-resend-" + mail.id());
            cell.add(resend);
        }
        return cell;
    }

    private void resend(MailEntry mail) {
        if (outbox.resend(mail.id(), mail.version())) {
            Dialogs.saved(getTranslation("mail.resent"));
        } else {
            Dialogs.error(getTranslation("mail.resend.stale"));
        }
        refresh();
    }

    private void refresh() {
        @Nullable MailStatus filter = status.getValue();
        grid.setItems(
                query -> outbox.list(filter, query.getOffset(), query.getLimit()).stream(),
                query -> outbox.count(filter));
    }

    private static String recipient(MailEntry mail) {
        return mail.recipientName() == null
                ? mail.recipientEmail()
                : mail.recipientName() + " <" + mail.recipientEmail() + ">";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.admin.title") + " | Kiroku";
    }
}
