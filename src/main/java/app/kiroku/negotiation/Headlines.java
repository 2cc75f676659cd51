package app.kiroku.negotiation;

import org.jspecify.annotations.Nullable;

/** The 見出し of a record: the first non-blank line of its report. */
final class Headlines {

    private Headlines() {}

    static String firstLine(@Nullable String report) {
        if (report == null) {
            return "";
        }
        return report.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .findFirst()
                .orElse("");
    }
}
