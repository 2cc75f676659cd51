package app.kiroku.negotiation.ui;

import app.kiroku.mail.MailEntry;
import app.kiroku.mail.MailStatus;
import app.kiroku.mail.ui.MailStatusBadge;
import app.kiroku.negotiation.NegotiationMailService;
import app.kiroku.shared.ui.Formats;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/** 送信履歴: the mails sent about one record, newest first, each with its recipient and status. */
class MailHistory extends Div {

    private final NegotiationMailService mail;
    private final long negotiationId;
    final Grid<MailEntry> grid = new Grid<>();
    private final Span empty = new Span();
    private boolean smtpConfigured;

    MailHistory(NegotiationMailService mail, long negotiationId) {
        this.mail = mail;
        this.negotiationId = negotiationId;
        addClassName("kiroku-section");
        setId("mail-history-section");
        add(new H2(getTranslation("mail.history")));
        empty.setText(getTranslation("mail.history.empty"));
        empty.addClassName("kiroku-muted");
        grid.setId("mail-history");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(m -> Formats.dateTime(m.createdAt(), getLocale()))
                .setHeader(getTranslation("mail.column.createdAt"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(m -> m.recipientName() == null ? m.recipientEmail() : m.recipientName())
                .setHeader(getTranslation("mail.column.recipient"))
                .setFlexGrow(1);
        grid.addColumn(MailEntry::createdByName)
                .setHeader(getTranslation("mail.column.sender"))
                .setFlexGrow(1);
        grid.addComponentColumn(m -> new MailStatusBadge(m, smtpConfigured))
                .setHeader(getTranslation("mail.column.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(m -> m.status() == MailStatus.SENT ? Formats.dateTime(m.sentAt(), getLocale()) : "")
                .setHeader(getTranslation("mail.column.sentAt"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        add(empty, grid);
        refresh();
    }

    void refresh() {
        smtpConfigured = mail.smtpConfigured();
        List<MailEntry> entries = mail.history(negotiationId);
        grid.setItems(entries);
        grid.setVisible(!entries.isEmpty());
        empty.setVisible(entries.isEmpty());
    }
}
