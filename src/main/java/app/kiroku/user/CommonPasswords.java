package app.kiroku.user;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The passwords nobody may choose, in lower case: the 30,000 most common ones of zxcvbn4j's frequency list (drawn
 * from leaked password sets, MIT licence), read once at start, and Kiroku's own additions beside this class
 * (names, which that list leaves to its name dictionaries, and words of this product and country).
 */
final class CommonPasswords {

    static final String LIBRARY_LIST = "com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";
    static final String OWN_LIST = "app/kiroku/user/common-passwords.txt";

    private final Set<String> passwords;

    private CommonPasswords(Set<String> passwords) {
        this.passwords = passwords;
    }

    static CommonPasswords load() {
        return new CommonPasswords(
                Stream.concat(lines(LIBRARY_LIST), lines(OWN_LIST)).collect(Collectors.toUnmodifiableSet()));
    }

    boolean contains(String lowerCasePassword) {
        return passwords.contains(lowerCasePassword);
    }

    int size() {
        return passwords.size();
    }

    private static Stream<String> lines(String resource) {
        try (InputStream in = CommonPasswords.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                            .lines()
                            .map(String::strip)
                            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                            .map(line -> line.toLowerCase(Locale.ROOT))
                            .toList()
                            .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
