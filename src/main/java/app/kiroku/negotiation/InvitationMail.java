package app.kiroku.negotiation;

import app.kiroku.mail.CalendarPart;
import app.kiroku.shared.i18n.KirokuI18nProvider;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The text around a visit invitation, in the recipient's language: subject 【訪問予定】顧客名 2026/11/27 (金) 14:00
 * (【訪問取消】 for a cancellation), who did it, the visit's time, customer, address and 進捗, and a link to the record.
 * The calendar part itself is {@link VisitCalendar}'s.
 */
final class InvitationMail {

    private final CalendarPart.Method method;
    private final VisitEvent visit;
    private final String actorName;
    private final String link;
    private final Locale locale;
    private final ResourceBundle texts;

    private InvitationMail(CalendarPart.Method method, VisitEvent visit, String actorName, String link, Locale locale) {
        this.method = method;
        this.visit = visit;
        this.actorName = actorName;
        this.link = link;
        this.locale = KirokuI18nProvider.supported(locale);
        this.texts = KirokuI18nProvider.bundle(this.locale);
    }

    static NegotiationMail.Composed compose(
            CalendarPart.Method method, VisitEvent visit, String actorName, String link, Locale locale) {
        var mail = new InvitationMail(method, visit, actorName, link, locale);
        return new NegotiationMail.Composed(mail.subject(), mail.text(), mail.html());
    }

    /** The event's title in calendars: the customer, with 進捗 when set. */
    static String summary(VisitEvent visit, Locale locale) {
        String customer = MailText.oneLine(visit.customerName());
        return visit.progressName() == null
                ? customer
                : new MessageFormat(
                                KirokuI18nProvider.bundle(KirokuI18nProvider.supported(locale))
                                        .getString("mail.invitation.summary"),
                                locale)
                        .format(new Object[] {customer, visit.progressName()});
    }

    private String kind() {
        return method == CalendarPart.Method.REQUEST ? "request" : "cancel";
    }

    String subject() {
        return MailText.subject(
                format("mail.invitation.subject." + kind(), MailText.oneLine(visit.customerName()), when()));
    }

    private String when() {
        String date = DateTimeFormatter.ofPattern("yyyy/MM/dd (E)", locale).format(visit.date());
        return date + " "
                + (visit.time() == null
                        ? text("home.allDay")
                        : visit.time().format(DateTimeFormatter.ofPattern("HH:mm")));
    }

    private List<String[]> fields() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {text("mail.invitation.when"), when()});
        rows.add(new String[] {text("customer.name"), visit.customerName()});
        rows.add(new String[] {text("customer.address"), MailText.orEmpty(visit.address())});
        rows.add(new String[] {text("negotiation.progress"), MailText.orEmpty(visit.progressName())});
        return rows;
    }

    String text() {
        var out = new StringBuilder();
        out.append(format("mail.invitation.intro." + kind(), actorName)).append("\n\n");
        for (String[] row : fields()) {
            out.append(row[0])
                    .append(text("mail.negotiation.labelSeparator"))
                    .append(row[1])
                    .append('\n');
        }
        out.append('\n')
                .append(text("mail.negotiation.open"))
                .append(text("mail.negotiation.labelSeparator"))
                .append(link)
                .append("\n\n-- \n")
                .append(text("mail.invitation.footer"))
                .append('\n');
        return out.toString();
    }

    String html() {
        var out = new StringBuilder(MailText.htmlHead(locale, subject()));
        out.append("<p>")
                .append(MailText.escape(format("mail.invitation.intro." + kind(), actorName)))
                .append("</p>\n")
                .append(MailText.htmlTable(fields()));
        out.append("<p style=\"margin: 20px 0;\"><a href=\"")
                .append(MailText.escape(link))
                .append("\">")
                .append(MailText.escape(text("mail.negotiation.open")))
                .append("</a></p>\n")
                .append(MailText.htmlFooter(text("mail.invitation.footer")));
        return out.toString();
    }

    private String text(String key) {
        return texts.getString(key);
    }

    private String format(String key, Object... args) {
        return new MessageFormat(text(key), locale).format(args);
    }
}
