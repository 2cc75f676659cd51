package app.kiroku.customer;

import app.kiroku.shared.text.SearchText;
import app.kiroku.shared.validation.NameCharacters;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a customer's fields must look like. Each check returns the translation key of its message, or "" when the
 * value is fine; the form shows the message at the field and the service refuses the same input.
 */
public final class CustomerRules {

    public static final int NAME_MAX = 100;
    public static final int KANA_MAX = 100;
    public static final int PHONE_MAX = 20;
    public static final int EMAIL_MAX = 254;
    public static final int ADDRESS_MAX = 200;
    public static final int MEMO_MAX = 2000;
    public static final int CODE_MAX = 40;

    private static final Pattern KATAKANA = Pattern.compile("[\\u30A1-\\u30FA\\u30FC\\u30FB\\u3000]+");
    private static final Pattern PHONE_CHARACTERS = Pattern.compile("[0-9()\\- ]+");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private CustomerRules() {}

    public static String checkName(@Nullable String name) {
        if (!NameCharacters.check(name).isEmpty()) {
            return NameCharacters.MESSAGE_KEY;
        }
        String value = name == null ? "" : name.strip();
        if (value.isEmpty()) {
            return "customer.error.name.required";
        }
        return value.length() > NAME_MAX ? "customer.error.name.tooLong" : "";
    }

    /** Kana may be typed in hiragana or half-width katakana; what matters is what it becomes. */
    /** 顧客コード: optional; letters, digits and signs as the system it came from wrote it, on one line. */
    public static String checkCode(@Nullable String code) {
        if (!NameCharacters.check(code).isEmpty()) {
            return NameCharacters.MESSAGE_KEY;
        }
        String value = blankToNull(code);
        return value == null || value.length() <= CODE_MAX ? "" : "customer.error.code.tooLong";
    }

    public static String checkKana(@Nullable String kana) {
        // before normalising, which would turn a tab or line break inside into a space
        if (!NameCharacters.check(kana).isEmpty()) {
            return NameCharacters.MESSAGE_KEY;
        }
        String value = normalizeKana(kana);
        if (value.isEmpty()) {
            return "customer.error.kana.required";
        }
        if (value.length() > KANA_MAX) {
            return "customer.error.kana.tooLong";
        }
        return KATAKANA.matcher(value).matches() ? "" : "customer.error.kana.notKana";
    }

    public static String checkPhone(@Nullable String phone) {
        String value = normalizePhone(phone);
        if (value == null) {
            return "";
        }
        String digits = SearchText.digits(value);
        boolean ok = value.length() <= PHONE_MAX
                && PHONE_CHARACTERS.matcher(value).matches()
                && digits.startsWith("0")
                && digits.length() >= 10
                && digits.length() <= 11;
        return ok ? "" : "customer.error.phone";
    }

    public static String checkEmail(@Nullable String email) {
        String value = blankToNull(email);
        if (value == null) {
            return "";
        }
        return value.length() <= EMAIL_MAX && EMAIL.matcher(value).matches() ? "" : "customer.error.email";
    }

    public static String checkPostalCode(@Nullable String postalCode) {
        String value = blankToNull(postalCode);
        return value == null || normalizePostalCode(value) != null ? "" : "customer.error.postalCode";
    }

    public static String checkAddress(@Nullable String address) {
        String value = blankToNull(address);
        return value == null || value.length() <= ADDRESS_MAX ? "" : "customer.error.address.tooLong";
    }

    public static String checkMemo(@Nullable String memo) {
        String value = blankToNull(memo);
        return value == null || value.length() <= MEMO_MAX ? "" : "customer.error.memo.tooLong";
    }

    /** The message key of each field (field → key) the form and the service both refuse; empty when all is well. */
    public static Map<String, String> problems(CustomerDraft draft) {
        Map<String, String> problems = new LinkedHashMap<>();
        put(problems, "code", checkCode(draft.getCode()));
        put(problems, "name", checkName(draft.getName()));
        put(problems, "kana", checkKana(draft.getKana()));
        put(problems, "phone", checkPhone(draft.getPhone()));
        put(problems, "mobile", checkPhone(draft.getMobile()));
        put(problems, "email", checkEmail(draft.getEmail()));
        put(problems, "postalCode", checkPostalCode(draft.getPostalCode()));
        put(problems, "address", checkAddress(draft.getAddress()));
        put(problems, "memo", checkMemo(draft.getMemo()));
        return problems;
    }

    private static void put(Map<String, String> problems, String field, String messageKey) {
        if (!messageKey.isEmpty()) {
            problems.put(field, messageKey);
        }
    }

    /** The draft as it is stored: kana in katakana, widths folded, blanks as nothing. Check it first. */
    public static CustomerDraft cleaned(CustomerDraft draft) {
        var clean = new CustomerDraft();
        clean.setCode(blankToNull(draft.getCode()));
        clean.setName(draft.getName().strip());
        clean.setKana(normalizeKana(draft.getKana()));
        clean.setPhone(normalizePhone(draft.getPhone()));
        clean.setMobile(normalizePhone(draft.getMobile()));
        clean.setEmail(blankToNull(draft.getEmail()));
        clean.setPostalCode(normalizePostalCode(draft.getPostalCode()));
        clean.setAddress(blankToNull(draft.getAddress()));
        clean.setRankId(draft.getRankId());
        clean.setMemo(blankToNull(draft.getMemo()));
        clean.setAssigneeIds(draft.getAssigneeIds());
        return clean;
    }

    public static String normalizeKana(@Nullable String kana) {
        return SearchText.toKatakana(kana);
    }

    /** Full-width digits and hyphens become half-width; the user's own layout of the number is kept. */
    public static @Nullable String normalizePhone(@Nullable String phone) {
        String value = blankToNull(phone);
        return value == null
                ? null
                : Normalizer.normalize(value, Normalizer.Form.NFKC)
                        .replace('ー', '-')
                        .replace('−', '-')
                        .replace('‐', '-')
                        .strip();
    }

    /** {@code 1234567}, {@code 123-4567} and {@code 〒１２３－４５６７} all become {@code 123-4567}. */
    public static @Nullable String normalizePostalCode(@Nullable String postalCode) {
        String value = blankToNull(postalCode);
        if (value == null) {
            return null;
        }
        String digits = SearchText.digits(value.replace("〒", ""));
        String rest = Normalizer.normalize(value, Normalizer.Form.NFKC).replaceAll("[0-9〒\\-ー−\\s]", "");
        return digits.length() == 7 && rest.isEmpty() ? digits.substring(0, 3) + "-" + digits.substring(3) : null;
    }

    public static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
