package app.kiroku.user;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * What a new password must be: at least 10 characters, not one of the most common passwords, not the login id.
 * Also makes the temporary passwords an admin hands out.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    /** BCrypt reads at most 72 bytes and Spring's encoder refuses more; a kana or kanji takes 3 bytes in UTF-8. */
    public static final int MAX_BYTES = 72;

    private static final String TEMPORARY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int TEMPORARY_LENGTH = 12;

    private final CommonPasswords common = CommonPasswords.load();
    private final SecureRandom random = new SecureRandom();

    PasswordPolicy() {}

    /** The message key of what is wrong with {@code password}, or "" when it is acceptable. */
    public String check(String password, String loginId) {
        if (password.length() < MIN_LENGTH) {
            return "account.error.password.short";
        }
        if (password.length() > MAX_LENGTH || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "account.error.password.long";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || common.contains(lower.replaceAll("[0-9!@#$%^&*.]+$", ""))) {
            return "account.error.password.common";
        }
        if (!loginId.isBlank() && lower.contains(loginId.toLowerCase(Locale.ROOT))) {
            return "account.error.password.loginId";
        }
        return "";
    }

    String temporary() {
        var password = new StringBuilder(TEMPORARY_LENGTH);
        for (int i = 0; i < TEMPORARY_LENGTH; i++) {
            password.append(TEMPORARY_ALPHABET.charAt(random.nextInt(TEMPORARY_ALPHABET.length())));
        }
        return password.toString();
    }
}
