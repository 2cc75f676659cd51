package app.kiroku.shared.text;

import java.text.Normalizer;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The forms that search compares: kana folded to full-width katakana, widths folded (ＡＢＣ → abc, ﾔﾏﾀﾞ → ヤマダ),
 * lower case, no spaces; phone numbers as bare digits. Stored beside the original text and applied to keywords.
 */
public final class SearchText {

    private static final char HIRAGANA_FIRST = 'ぁ';
    private static final char HIRAGANA_LAST = 'ゖ';
    private static final int TO_KATAKANA = 'ァ' - 'ぁ';

    private SearchText() {}

    public static String normalize(@Nullable String text) {
        if (text == null) {
            return "";
        }
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        var out = new StringBuilder(nfkc.length());
        nfkc.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || cp == '\u3000') {
                return;
            }
            if (cp >= HIRAGANA_FIRST && cp <= HIRAGANA_LAST) {
                out.append((char) (cp + TO_KATAKANA));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** Kana as stored: full-width katakana, with the spaces the user typed kept (as one full-width space). */
    public static String toKatakana(@Nullable String text) {
        if (text == null) {
            return "";
        }
        String nfkc = Normalizer.normalize(text.strip(), Normalizer.Form.NFKC).replaceAll("[\\s\u3000]+", "\u3000");
        var out = new StringBuilder(nfkc.length());
        nfkc.codePoints()
                .forEach(
                        cp -> out.appendCodePoint(cp >= HIRAGANA_FIRST && cp <= HIRAGANA_LAST ? cp + TO_KATAKANA : cp));
        return out.toString();
    }

    public static String digits(@Nullable String phone) {
        if (phone == null) {
            return "";
        }
        return Normalizer.normalize(phone, Normalizer.Form.NFKC).replaceAll("[^0-9]", "");
    }
}
