package app.kiroku.negotiation;

import app.kiroku.shared.i18n.KirokuI18nProvider;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * A record as a mail, in the recipient's language: subject 【商談記録】顧客名 2026/11/26 (木), then the memo, the
 * record's fields, its report and 備考, a link to it and who sent it. Plain text and HTML carry the same content;
 * in the HTML every value is escaped, since all of it was typed by someone.
 */
final class NegotiationMail {

    /** What the outbox receives for one language. */
    record Composed(String subject, String text, String html) {}

    private static final String EMPTY = "—";

    private final NegotiationDetail record;
    private final @Nullable String memo;
    private final String senderName;
    private final String link;
    private final Locale locale;
    private final ResourceBundle texts;

    private NegotiationMail(
            NegotiationDetail record, @Nullable String memo, String senderName, String link, Locale locale) {
        this.record = record;
        this.memo = memo == null || memo.isBlank() ? null : memo.strip();
        this.senderName = senderName;
        this.link = link;
        this.locale = KirokuI18nProvider.supported(locale);
        this.texts = KirokuI18nProvider.bundle(this.locale);
    }

    static Composed compose(
            NegotiationDetail record, @Nullable String memo, String senderName, String link, Locale locale) {
        var mail = new NegotiationMail(record, memo, senderName, link, locale);
        return new Composed(mail.subject(), mail.text(), mail.html());
    }

    String subject() {
        LocalDate shown = record.doneDate() != null ? record.doneDate() : record.plannedDate();
        String subject = format("mail.negotiation.subject", oneLine(record.customerName()), date(shown))
                .strip();
        return subject.length() > 255 ? subject.substring(0, 254) + "…" : subject;
    }

    private List<String[]> fields() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {text("customer.name"), record.customerName()});
        rows.add(new String[] {text("negotiation.plannedDate"), dateTime(record.plannedDate(), record.plannedTime())});
        rows.add(new String[] {text("negotiation.doneDate"), dateTime(record.doneDate(), record.doneTime())});
        rows.add(new String[] {text("negotiation.handler"), record.handlerName()});
        rows.add(new String[] {text("negotiation.progress"), orEmpty(record.progressName())});
        rows.add(new String[] {text("negotiation.rank"), orEmpty(record.rankName())});
        rows.add(new String[] {text("negotiation.department"), orEmpty(record.departmentName())});
        return rows;
    }

    String text() {
        var out = new StringBuilder();
        out.append(format("mail.negotiation.intro", senderName)).append("\n\n");
        if (memo != null) {
            out.append(section("mail.negotiation.memo"))
                    .append('\n')
                    .append(memo)
                    .append("\n\n");
        }
        out.append(section("mail.negotiation.record")).append('\n');
        for (String[] row : fields()) {
            out.append(row[0])
                    .append(text("mail.negotiation.labelSeparator"))
                    .append(row[1])
                    .append('\n');
        }
        out.append('\n')
                .append(section("negotiation.report"))
                .append('\n')
                .append(orEmpty(record.report()))
                .append("\n\n");
        out.append(section("negotiation.remarks"))
                .append('\n')
                .append(orEmpty(record.remarks()))
                .append("\n\n");
        out.append(text("mail.negotiation.open"))
                .append(text("mail.negotiation.labelSeparator"))
                .append(link)
                .append("\n\n-- \n");
        out.append(text("mail.negotiation.sender"))
                .append(text("mail.negotiation.labelSeparator"))
                .append(senderName)
                .append('\n');
        out.append(text("mail.negotiation.footer")).append('\n');
        return out.toString();
    }

    String html() {
        var out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"")
                .append(locale.getLanguage())
                .append("\">\n<head>\n")
                .append("<meta charset=\"UTF-8\">\n<title>")
                .append(escape(subject()))
                .append("</title>\n</head>\n")
                .append("<body style=\"font-family: sans-serif; color: #1f2933; line-height: 1.6;\">\n");
        out.append("<p>")
                .append(escape(format("mail.negotiation.intro", senderName)))
                .append("</p>\n");
        if (memo != null) {
            out.append("<div style=\"border-left: 4px solid #1e88e5; background: #f4f6f9; padding: 8px 12px; ")
                    .append("margin: 12px 0;\">\n<div style=\"font-weight: bold;\">")
                    .append(escape(text("mail.negotiation.memo")))
                    .append("</div>\n<div>")
                    .append(multiline(memo))
                    .append("</div>\n</div>\n");
        }
        out.append("<h2 style=\"font-size: 16px; margin: 16px 0 8px;\">")
                .append(escape(text("mail.negotiation.record")))
                .append("</h2>\n")
                .append("<table style=\"border-collapse: collapse;\">\n");
        for (String[] row : fields()) {
            out.append("<tr><th style=\"text-align: left; vertical-align: top; padding: 4px 16px 4px 0; ")
                    .append("color: #52606d; font-weight: normal; white-space: nowrap;\">")
                    .append(escape(row[0]))
                    .append("</th><td style=\"padding: 4px 0;\">")
                    .append(escape(row[1]))
                    .append("</td></tr>\n");
        }
        out.append("</table>\n");
        htmlSection(out, "negotiation.report", record.report());
        htmlSection(out, "negotiation.remarks", record.remarks());
        out.append("<p style=\"margin: 20px 0;\"><a href=\"")
                .append(escape(link))
                .append("\">")
                .append(escape(text("mail.negotiation.open")))
                .append("</a></p>\n");
        out.append("<hr style=\"border: none; border-top: 1px solid #d9dee4;\">\n")
                .append("<p style=\"color: #7b8794; font-size: 12px;\">")
                .append(escape(text("mail.negotiation.sender") + text("mail.negotiation.labelSeparator") + senderName))
                .append("<br>\n")
                .append(escape(text("mail.negotiation.footer")))
                .append("</p>\n</body>\n</html>\n");
        return out.toString();
    }

    private void htmlSection(StringBuilder out, String key, @Nullable String value) {
        out.append("<h3 style=\"font-size: 14px; margin: 16px 0 4px;\">")
                .append(escape(text(key)))
                .append("</h3>\n")
                .append("<div>")
                .append(multiline(orEmpty(value)))
                .append("</div>\n");
    }

    private String section(String key) {
        return format("mail.negotiation.section", text(key));
    }

    private String dateTime(@Nullable LocalDate date, @Nullable LocalTime time) {
        if (date == null) {
            return EMPTY;
        }
        return date(date) + " "
                + (time == null ? text("home.allDay") : time.format(DateTimeFormatter.ofPattern("HH:mm")));
    }

    private String date(@Nullable LocalDate date) {
        return date == null
                ? ""
                : DateTimeFormatter.ofPattern("yyyy/MM/dd (E)", locale).format(date);
    }

    private String text(String key) {
        return texts.getString(key);
    }

    private String format(String key, Object... args) {
        return new MessageFormat(text(key), locale).format(args);
    }

    private static String orEmpty(@Nullable String value) {
        return value == null || value.isBlank() ? EMPTY : value.strip();
    }

    private static String oneLine(String value) {
        return value.replaceAll("\\s+", " ").strip();
    }

    /** Escaped for HTML text and attribute values: {@code & < > " '}. */
    static String escape(String value) {
        return HtmlUtils.htmlEscape(value, "UTF-8");
    }

    private static String multiline(String value) {
        return escape(value).replace("\r\n", "\n").replace("\n", "<br>\n");
    }
}
