package app.kiroku.mail;

import java.time.ZoneId;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.jspecify.annotations.Nullable;
import org.simplejavamail.api.email.CalendarMethod;
import org.simplejavamail.api.email.Email;
import org.simplejavamail.api.mailer.Mailer;
import org.simplejavamail.api.mailer.config.TransportStrategy;
import org.simplejavamail.email.EmailBuilder;
import org.simplejavamail.mailer.MailValidationException;
import org.simplejavamail.mailer.MailerBuilder;

/**
 * SMTP with Simple Java Mail: UTF-8 subject and bodies (plain text and HTML as alternatives, and an iCalendar part
 * when the mail carries one), the subject and address reduced to one line each, synchronous sending with timeouts,
 * and a Message-ID derived from the outbox row, so that a repeat of the same row is recognisably the same message.
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
        this.mailer = MailerBuilder.withSMTPServer(
                        smtp.host(), smtp.effectivePort(), blankToNull(smtp.username()), blankToNull(smtp.password()))
                .withTransportStrategy(strategy(smtp.transport()))
                .withSessionTimeout(timeoutMillis)
                .buildMailer();
    }

    @Override
    public void send(PendingMail mail) {
        try {
            // synchronous: returns once the server has accepted the message, throws a MailException otherwise
            mailer.sendMail(email(mail)).join();
        } catch (RuntimeException e) {
            throw refusedForGood(e) ? new PermanentMailFailure(e) : e;
        }
    }

    private Email email(PendingMail mail) {
        var email = EmailBuilder.startingBlank()
                .from(settings.from())
                .to(HeaderText.oneLine(mail.recipientEmail()))
                .withSubject(HeaderText.oneLine(mail.subject()))
                .withPlainText(mail.text())
                .withHTMLText(mail.html())
                .fixingMessageId(messageId(mail))
                .withHeader("X-Kiroku-Outbox-Id", mail.id());
        CalendarPart calendar = mail.calendar();
        if (calendar != null) {
            // a third alternative, text/calendar; method=…; charset=UTF-8
            email.withCalendarText(CalendarMethod.valueOf(calendar.method().name()), calendar.text());
        }
        return email.buildEmail();
    }

    /**
     * True when trying again cannot help: the first SMTP reply code along the causes is 5xx (to MAIL FROM, RCPT TO or
     * the message data), or Simple Java Mail found the mail itself invalid. A 4xx reply, a refused connection or a
     * timeout is worth another attempt.
     */
    static boolean refusedForGood(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MailValidationException) {
                return true;
            }
            Integer replyCode = replyCode(t);
            if (replyCode != null) {
                return replyCode >= 500 && replyCode < 600;
            }
        }
        return false;
    }

    private static @Nullable Integer replyCode(Throwable error) {
        return switch (error) {
            case SMTPAddressFailedException refused -> refused.getReturnCode();
            case SMTPSenderFailedException refused -> refused.getReturnCode();
            case SMTPSendFailedException refused -> refused.getReturnCode();
            default -> null;
        };
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

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
