package app.kiroku.customer;

import static app.kiroku.db.Tables.CUSTOMER_SEARCH_KEY;

import app.kiroku.shared.text.SearchText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The {@code customer_search_key} rows of each customer (see migration V008): every 2- and 3-character piece of the
 * normalised name, kana and address and every 4-digit piece of the phone numbers. The keys are made by SQL from the
 * stored normalised columns, so the migration, the data generator and each save make exactly the same ones.
 */
@Repository
public class CustomerSearchKeys {

    /** Text pieces are this long at most: a word of up to this length is itself a key. */
    static final int TEXT_KEY = 3;
    static final int DIGIT_KEY = 4;
    /** Key rows counted at most when choosing the rarest key of a keyword. */
    static final int COUNT_BOUND = 5_000;

    private static final String SOURCE = """
            SELECT CAST(SUBSTRING(f.text, p.seq, n.seq) AS CHAR(4) CHARACTER SET utf8mb4) COLLATE utf8mb4_bin
                       AS search_key, f.kana_norm, f.id AS customer_id
            FROM (SELECT c.id, c.kana_norm,
                         CASE w.seq WHEN 1 THEN c.name_norm WHEN 2 THEN c.kana_norm ELSE c.address_norm END AS text
                  FROM customer c JOIN seq_1_to_3 w WHERE {where}) f
            JOIN seq_2_to_3 n JOIN seq_1_to_200 p ON p.seq + n.seq <= CHAR_LENGTH(f.text) + 1
            UNION ALL
            SELECT CAST(SUBSTRING(d.digits, p.seq, 4) AS CHAR(4) CHARACTER SET utf8mb4) COLLATE utf8mb4_bin,
                   d.kana_norm, d.id
            FROM (SELECT c.id, c.kana_norm, IF(w.seq = 1, c.phone_digits, c.mobile_digits) AS digits
                  FROM customer c JOIN seq_1_to_2 w WHERE {where}) d
            JOIN seq_1_to_20 p ON p.seq + 3 <= CHAR_LENGTH(d.digits)""";

    private final DSLContext dsl;

    CustomerSearchKeys(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The statement that stores the keys of the customers with ids in [{@code ?}, {@code ?}] (bound twice each, in
     * that order): for bulk loads such as the benchmark data generator.
     */
    public static String insertForIdRange() {
        return "INSERT IGNORE INTO customer_search_key (search_key, kana_norm, customer_id) "
                + SOURCE.replace("{where}", "c.id BETWEEN ? AND ?");
    }

    /** Stores the keys of the customer's current row. */
    void add(long customerId) {
        dsl.execute("INSERT IGNORE INTO customer_search_key (search_key, kana_norm, customer_id) "
                + SOURCE.replace("{where}", "c.id = ?"), customerId, customerId);
    }

    /** Removes the keys of the customer's current row; called before the row changes. */
    void remove(long customerId) {
        dsl.execute("DELETE k FROM customer_search_key k JOIN (" + SOURCE.replace("{where}", "c.id = ?") + ") s"
                + " ON k.search_key = s.search_key AND k.kana_norm = s.kana_norm AND k.customer_id = s.customer_id",
                customerId, customerId);
    }

    /**
     * The keys that lead a keyword search: a customer matching the keyword has at least one of them. From each word
     * comes its rarest text key and, for a phone number, its rarest digit key; of all words the one whose keys have
     * the fewest rows leads. Empty when no word is long enough to have a key (a single character).
     */
    List<String> leading(String keyword) {
        List<List<List<String>>> words = new ArrayList<>();
        Set<String> all = new LinkedHashSet<>();
        for (String term : keyword.split("[\\s\\u3000]+")) {
            List<List<String>> choices = choices(term);
            if (!choices.isEmpty()) {
                words.add(choices);
                choices.forEach(all::addAll);
            }
        }
        if (words.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> rows = all.size() == 1 ? Map.of(all.iterator().next(), 0) : boundedCounts(all);
        List<String> best = List.of();
        long bestRows = Long.MAX_VALUE;
        for (List<List<String>> word : words) {
            List<String> keys = new ArrayList<>();
            long total = 0;
            for (List<String> choice : word) {
                String rarest = choice.stream().min(Comparator.comparing(rows::get)).orElseThrow();
                keys.add(rarest);
                total += rows.get(rarest);
            }
            if (total < bestRows) {
                best = keys;
                bestRows = total;
            }
        }
        return best;
    }

    /**
     * For one word, the key lists of which one key each must be present: the text keys, and the digit keys when
     * the word looks like a phone number (as {@link CustomerConditions#keyword} decides).
     */
    static List<List<String>> choices(String term) {
        String text = SearchText.normalize(term);
        List<List<String>> choices = new ArrayList<>();
        int length = text.codePointCount(0, text.length());
        if (length < 2) {
            return choices;
        }
        choices.add(pieces(text, Math.min(length, TEXT_KEY)));
        if (CustomerConditions.isPhoneNumber(term)) {
            choices.add(pieces(SearchText.digits(term), DIGIT_KEY));
        }
        return choices;
    }

    private static List<String> pieces(String text, int size) {
        int[] points = text.codePoints().toArray();
        Set<String> pieces = new LinkedHashSet<>();
        for (int i = 0; i + size <= points.length; i++) {
            pieces.add(new String(points, i, size));
        }
        return List.copyOf(pieces);
    }

    /** How many rows each key has, counting no further than {@link #COUNT_BOUND}: one statement for all. */
    private Map<String, Integer> boundedCounts(Set<String> keys) {
        Select<Record2<String, Integer>> counts = null;
        for (String key : keys) {
            Select<Record2<String, Integer>> one = DSL.select(DSL.inline(key), DSL.count())
                    .from(DSL.selectOne().from(CUSTOMER_SEARCH_KEY)
                            .where(CUSTOMER_SEARCH_KEY.SEARCH_KEY.eq(key)).limit(COUNT_BOUND).asTable("t"));
            counts = counts == null ? one : counts.unionAll(one);
        }
        Map<String, Integer> rows = new HashMap<>();
        dsl.fetch(counts).forEach(r -> rows.put(r.value1(), r.value2()));
        return rows;
    }
}
