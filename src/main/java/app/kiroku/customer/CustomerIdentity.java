package app.kiroku.customer;

import app.kiroku.shared.text.SearchText;
import org.jspecify.annotations.Nullable;

/**
 * A customer as a file of its records names it: by 顧客コード, or by name with a phone number. {@code nameNorm} and
 * the digits are the stored search forms, so {@link #nameKey} of a file's name is compared with them; the rank is
 * what a new record of the customer starts with.
 */
public record CustomerIdentity(
        long id,
        @Nullable String code,
        String name,
        String nameNorm,
        @Nullable String phoneDigits,
        @Nullable String mobileDigits,
        @Nullable Long rankId) {

    /** A name as {@code name_norm} holds it: widths, case and spaces aside, cut to the column as stored. */
    public static String nameKey(String name) {
        return CustomerRepository.nameNorm(name);
    }

    /** A 顧客コード as compared: the column's collation ignores case and width, and so does this. */
    public static String codeKey(String code) {
        return SearchText.normalize(code);
    }

    /** Whether the customer's phone or mobile number is {@code digits} (bare digits, not empty). */
    public boolean hasPhone(String digits) {
        return digits.equals(phoneDigits) || digits.equals(mobileDigits);
    }
}
