package app.kiroku.shared.validation;

import org.jspecify.annotations.Nullable;

/**
 * Names (customers, users, master values, schedule titles) are one line of text to read. They may not contain
 * control characters (C0 including tab and line breaks, DEL, C1; also the line and paragraph separators) nor the
 * bidirectional formatting characters, with which a name shows as something other than what it is (U+202E turns
 * {@code abc‮txt.exe} around). White space around the name is not counted: the services strip it before storing.
 */
public final class NameCharacters {

    /** The message shown at the field. */
    public static final String MESSAGE_KEY = "validation.name.controlCharacters";

    private NameCharacters() {}

    /** {@link #MESSAGE_KEY} when {@code name} has such a character inside, else "" (as {@code Rules.of} expects). */
    public static String check(@Nullable String name) {
        return name == null || name.strip().codePoints().noneMatch(NameCharacters::forbidden) ? "" : MESSAGE_KEY;
    }

    static boolean forbidden(int codePoint) {
        return codePoint <= 0x1F
                || (codePoint >= 0x7F && codePoint <= 0x9F)
                || codePoint == 0x2028
                || codePoint == 0x2029
                || codePoint == 0x061C
                || codePoint == 0x200E
                || codePoint == 0x200F
                || (codePoint >= 0x202A && codePoint <= 0x202E)
                || (codePoint >= 0x2066 && codePoint <= 0x2069);
    }
}
