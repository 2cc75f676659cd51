package app.kiroku.negotiation;

import app.kiroku.negotiation.VisitMailRepository.ReminderVisit;
import app.kiroku.shared.i18n.KirokuI18nProvider;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A reminder in the recipient's language: the evening one lists tomorrow's visits with time, customer, address and
 * the first lines of the customer's last report; the morning one lists plans whose 予定日 passed without a 対応日.
 * Each visit links to its record.
 */
final class ReminderMail {

    /** The kinds, as stored in {@code reminder_digest.kind}. */
    enum Kind {
        EVENING,
        MORNING
    }

    /** How much of the last report a reminder quotes. */
    static final int REPORT_LINES = 3;

    static final int REPORT_CHARS = 200;

    private final Kind kind;
    private final LocalDate day;
    private final List<ReminderVisit> visits;
    private final String baseUrl;
    private final Locale locale;
    private final ResourceBundle texts;

    private ReminderMail(Kind kind, LocalDate day, List<ReminderVisit> visits, String baseUrl, Locale locale) {
        this.kind = kind;
        this.day = day;
        this.visits = visits;
        this.baseUrl = baseUrl;
        this.locale = KirokuI18nProvider.supported(locale);
        this.texts = KirokuI18nProvider.bundle(this.locale);
    }

    /** {@code day}: the visits' day for the evening mail, today for the morning one. */
    static NegotiationMail.Composed compose(
            Kind kind, LocalDate day, List<ReminderVisit> visits, String baseUrl, Locale locale) {
        var mail = new ReminderMail(kind, day, visits, baseUrl, locale);
        return new NegotiationMail.Composed(mail.subject(), mail.text(), mail.html());
    }

    private String key(String suffix) {
        return "mail.reminder." + kind.name().toLowerCase(Locale.ROOT) + "." + suffix;
    }

    String subject() {
        return MailText.subject(format(key("subject"), date(day), visits.size()));
    }

    private String date(LocalDate date) {
        return DateTimeFormatter.ofPattern("yyyy/MM/dd (E)", locale).format(date);
    }

    private String when(ReminderVisit visit) {
        String time =
                visit.time() == null ? text("home.allDay") : visit.time().format(DateTimeFormatter.ofPattern("HH:mm"));
        return kind == Kind.EVENING ? time : date(visit.date()) + " " + time;
    }

    private String heading(ReminderVisit visit) {
        return format("mail.reminder.item", when(visit), MailText.oneLine(visit.customerName()));
    }

    private List<String[]> fields(ReminderVisit visit) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {text("customer.address"), MailText.orEmpty(visit.address())});
        rows.add(new String[] {
            text("mail.reminder.lastReport"),
            visit.lastReport() == null ? text("mail.reminder.noReport") : firstLines(visit.lastReport())
        });
        return rows;
    }

    /** The first {@link #REPORT_LINES} non-blank lines, at most {@link #REPORT_CHARS} characters, "…" if cut. */
    static String firstLines(String report) {
        List<String> lines =
                report.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        String head = String.join("\n", lines.subList(0, Math.min(REPORT_LINES, lines.size())));
        boolean cut = lines.size() > REPORT_LINES || head.length() > REPORT_CHARS;
        if (head.length() > REPORT_CHARS) {
            head = head.substring(0, REPORT_CHARS);
        }
        return cut ? head + "…" : head;
    }

    private String link(ReminderVisit visit) {
        return baseUrl + "negotiations/" + visit.negotiationId();
    }

    String text() {
        var out = new StringBuilder();
        out.append(format(key("intro"), date(day), visits.size())).append("\n\n");
        for (ReminderVisit visit : visits) {
            out.append(heading(visit)).append('\n');
            for (String[] row : fields(visit)) {
                out.append(row[0])
                        .append(text("mail.negotiation.labelSeparator"))
                        .append(row[1].replace("\n", "\n    "))
                        .append('\n');
            }
            out.append(link(visit)).append("\n\n");
        }
        out.append("-- \n").append(text("mail.reminder.footer")).append('\n');
        return out.toString();
    }

    String html() {
        var out = new StringBuilder(MailText.htmlHead(locale, subject()));
        out.append("<p>")
                .append(MailText.escape(format(key("intro"), date(day), visits.size())))
                .append("</p>\n");
        for (ReminderVisit visit : visits) {
            out.append("<h3 style=\"font-size: 14px; margin: 16px 0 4px;\"><a href=\"")
                    .append(MailText.escape(link(visit)))
                    .append("\">")
                    .append(MailText.escape(heading(visit)))
                    .append("</a></h3>\n")
                    .append(MailText.htmlTable(fields(visit)));
        }
        out.append(MailText.htmlFooter(text("mail.reminder.footer")));
        return out.toString();
    }

    private String text(String key) {
        return texts.getString(key);
    }

    private String format(String key, Object... args) {
        return new MessageFormat(text(key), locale).format(args);
    }
}
