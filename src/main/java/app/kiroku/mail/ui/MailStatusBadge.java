package app.kiroku.mail.ui;

import app.kiroku.mail.MailEntry;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Span;

/**
 * A mail's status as a coloured label: 送信待ち, 再試行待ち (after a failed attempt), 送信中, 送信済み, 送信失敗, or
 * 「SMTP未設定」 for queued mail while no SMTP server is configured. The last error shows on hover.
 */
@StyleSheet("styles/kiroku-mail.css")
public class MailStatusBadge extends Span {

    public MailStatusBadge(MailEntry mail, boolean smtpConfigured) {
        String state = state(mail, smtpConfigured);
        setText(getTranslation("mail.status." + state));
        addClassNames("kiroku-badge", "kiroku-mail-status", "is-" + state);
        String error = MailErrorText.of(mail, this);
        if (error != null) {
            getElement().setAttribute("title", error);
        }
    }

    /** The key suffix of the label: queued, retrying, noSmtp, sending, sent or failed. */
    static String state(MailEntry mail, boolean smtpConfigured) {
        return switch (mail.status()) {
            case QUEUED -> mail.waitsForSmtp(smtpConfigured) ? "noSmtp" : mail.attempts() > 0 ? "retrying" : "queued";
            case SENDING -> "sending";
            case SENT -> "sent";
            case FAILED -> "failed";
        };
    }
}
