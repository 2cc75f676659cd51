package app.kiroku.mail;

import java.util.regex.Pattern;

/**
 * Text from user data made fit for a mail header (the subject, an address): one line. Line breaks and other control
 * characters, and the percent-encoded line breaks {@code %0A} and {@code %0D} (Simple Java Mail refuses a header
 * with {@code %0A} as an injection attempt), become one space per run, so a customer name typed with a line break
 * neither injects a header
 * nor makes the mail fail. Bodies are not header text and keep their lines.
 */
final class HeaderText {

    /** A run of breaks with the spaces around them. */
    private static final Pattern BREAKS = Pattern.compile("\\s*(?:(?:[\\p{Cc}\\p{Zl}\\p{Zp}]|(?i:%0[ad]))\\s*)+");

    private HeaderText() {}

    static String oneLine(String text) {
        return BREAKS.matcher(text).replaceAll(" ").strip();
    }
}
