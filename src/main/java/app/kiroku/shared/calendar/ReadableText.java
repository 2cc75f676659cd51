package app.kiroku.shared.calendar;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The text colour for a coloured background that an admin or the calendar chose: black or white, whichever has the
 * higher contrast by WCAG 2.1's formula. One of the two always reaches 4.5:1, whatever the background.
 */
public final class ReadableText {

    public static final String BLACK = "#000000";
    public static final String WHITE = "#ffffff";
    private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");

    private ReadableText() {}

    /** {@code null} for anything but {@code #rgb} or {@code #rrggbb}. */
    public static @Nullable String on(@Nullable String background) {
        if (background == null || !HEX.matcher(background).matches()) {
            return null;
        }
        double luminance = luminance(background);
        return contrast(luminance, 1.0) >= contrast(luminance, 0.0) ? WHITE : BLACK;
    }

    /** WCAG 2.1 contrast ratio of two colours given as {@code #rgb} or {@code #rrggbb}. */
    public static double contrast(String first, String second) {
        return contrast(luminance(first), luminance(second));
    }

    private static double contrast(double first, double second) {
        return (Math.max(first, second) + 0.05) / (Math.min(first, second) + 0.05);
    }

    /** WCAG 2.1 relative luminance. */
    static double luminance(String color) {
        String hex = color.substring(1);
        if (hex.length() == 3) {
            hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
        }
        int rgb = Integer.parseInt(hex, 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
