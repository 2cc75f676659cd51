package app.kiroku.negotiation;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Pieces the visit mails share: one-line values, the subject's length, and the HTML frame with escaped values. */
final class MailText {

    static final String EMPTY = "—";

    private MailText() {}

    static String oneLine(String value) {
        return value.replaceAll("\\s+", " ").strip();
    }

    static String orEmpty(@Nullable String value) {
        return value == null || value.isBlank() ? EMPTY : value.strip();
    }

    /** At most the outbox column's 255 characters. */
    static String subject(String subject) {
        String line = subject.strip();
        return line.length() > 255 ? line.substring(0, 254) + "…" : line;
    }

    static String escape(String value) {
        return NegotiationMail.escape(value);
    }

    static String multiline(String value) {
        return escape(value).replace("\r\n", "\n").replace("\n", "<br>\n");
    }

    static String htmlHead(Locale locale, String title) {
        return "<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\">\n<head>\n<meta charset=\"UTF-8\">\n"
                + "<title>" + escape(title) + "</title>\n</head>\n"
                + "<body style=\"font-family: sans-serif; color: #1f2933; line-height: 1.6;\">\n";
    }

    /** Label and value rows; the values may span lines. */
    static String htmlTable(List<String[]> rows) {
        var out = new StringBuilder("<table style=\"border-collapse: collapse;\">\n");
        for (String[] row : rows) {
            out.append("<tr><th style=\"text-align: left; vertical-align: top; padding: 4px 16px 4px 0; ")
                    .append("color: #52606d; font-weight: normal; white-space: nowrap;\">")
                    .append(escape(row[0]))
                    .append("</th><td style=\"padding: 4px 0;\">")
                    .append(multiline(row[1]))
                    .append("</td></tr>\n");
        }
        return out.append("</table>\n").toString();
    }

    static String htmlFooter(String footer) {
        return "<hr style=\"border: none; border-top: 1px solid #d9dee4;\">\n"
                + "<p style=\"color: #7b8794; font-size: 12px;\">" + escape(footer) + "</p>\n</body>\n</html>\n";
    }
}
