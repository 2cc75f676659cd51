package app.kiroku.mail;

import java.time.ZoneId;
import org.simplejavamail.api.email.Email;
import org.simplejavamail.api.mailer.Mailer;
import org.simplejavamail.api.mailer.config.TransportStrategy;
import org.simplejavamail.email.EmailBuilder;
import org.simplejavamail.mailer.MailerBuilder;

/**
 * SMTP with Simple Java Mail: UTF-8 subject and bodies (plain text and HTML as alternatives), the subject and address
 * reduced to one line each, synchronous sending with timeouts, and a Message-ID derived from the outbox row, so that a repeat of the same row is recognisably the same
 * message.
 */
final class SmtpTransport implements MailTransport {

    private final MailSettings settings;
    private final Mailer mailer;
    private final ZoneId zone;

    SmtpTransport(MailSettings settings, ZoneId zone) {
        if (!settings.smtpConfigured()) {
            throw new IllegalStateException("No SMTP host configured (kiroku.mail.smtp.host)");
        }
        this.settings = settings;
        this.zone = zone;
        MailSettings.Smtp smtp = settings.smtp();
        int timeoutMillis = (int) Math.min(Integer.MAX_VALUE, smtp.timeout().toMillis());
        this.mailer = MailerBuilder
                .withSMTPServer(smtp.host(), smtp.effectivePort(), blankToNull(smtp.username()),
                        blankToNull(smtp.password()))
                .withTransportStrategy(strategy(smtp.transport()))
                .withSessionTimeout(timeoutMillis)
                .buildMailer();
    }

    @Override
    public void send(PendingMail mail) {
        Email email = EmailBuilder.startingBlank()
                .from(settings.from())
                .to(HeaderText.oneLine(mail.recipientEmail()))
                .withSubject(HeaderText.oneLine(mail.subject()))
                .withPlainText(mail.text())
                .withHTMLText(mail.html())
                .fixingMessageId(messageId(mail))
                .withHeader("X-Kiroku-Outbox-Id", mail.id())
                .buildEmail();
        // synchronous: returns once the server has accepted the message, throws a MailException otherwise
        mailer.sendMail(email).join();
    }

    /** {@code <kiroku.outbox.42.1795656000000@example.com>}: stable for the row, unique across installations' rows. */
    String messageId(PendingMail mail) {
        long created = mail.createdAt().atZone(zone).toInstant().toEpochMilli();
        return "<kiroku.outbox." + mail.id() + "." + created + "@" + settings.fromDomain() + ">";
    }

    private static TransportStrategy strategy(MailSettings.Transport transport) {
        return switch (transport) {
            case SMTP -> TransportStrategy.SMTP;
            case SMTP_TLS -> TransportStrategy.SMTP_TLS;
            case SMTPS -> TransportStrategy.SMTPS;
        };
    }

    private static @org.jspecify.annotations.Nullable String blankToNull(@org.jspecify.annotations.Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
