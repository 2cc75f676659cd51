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
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Repository;

/**
 * The {@code customer_search_key} rows of each customer (see migrations V008 and V021): every piece of one to three
 * characters of the normalised name, kana and address and every 4-digit piece of the phone numbers. The keys are
 * made by SQL from the stored normalised columns, so the migration, the data generator and each save make exactly
 * the same ones.
 * Customers are never deleted by Kiroku; whatever deletes one must {@link #remove} its keys first (there is no
 * foreign key: its index would be as large as the table).
 */
@Repository
public class CustomerSearchKeys {

    /** Text pieces are this long at most: a word of up to this length is itself a key. */
    static final int TEXT_KEY = 3;

    static final int DIGIT_KEY = 4;
    /** Key rows counted at most when choosing the rarest key of a keyword (see {@link #plan}). */
    static final int COUNT_BOUND = 500;
    /** Pieces of one long word considered as its lead. */
    static final int PIECES_COUNTED = 4;

    /*
     * The customer rows come first and each text's positions are a range of the sequence read for that row
     * (STRAIGHT_JOIN, and the bound on p.seq alone): left to itself, the optimizer tests every position of every
     * length against every customer, twenty times the work for a range of customers.
     */
    private static final String SOURCE = """
            SELECT STRAIGHT_JOIN
                   CAST(SUBSTRING(f.text, p.seq, n.seq) AS CHAR(4) CHARACTER SET utf8mb4) COLLATE utf8mb4_bin
                       AS search_key, f.kana_norm, f.id AS customer_id
            FROM (SELECT c.id, c.kana_norm,
                         CASE w.seq WHEN 1 THEN c.name_norm WHEN 2 THEN c.kana_norm ELSE c.address_norm END AS text
                  FROM customer c JOIN seq_1_to_3 w WHERE {where}) f
            JOIN seq_1_to_3 n
            JOIN seq_1_to_200 p ON p.seq <= CAST(CHAR_LENGTH(f.text) AS SIGNED) + 1 - CAST(n.seq AS SIGNED)
            UNION ALL
            SELECT STRAIGHT_JOIN
                   CAST(SUBSTRING(d.digits, p.seq, 4) AS CHAR(4) CHARACTER SET utf8mb4) COLLATE utf8mb4_bin,
                   d.kana_norm, d.id
            FROM (SELECT c.id, c.kana_norm, IF(w.seq = 1, c.phone_digits, c.mobile_digits) AS digits
                  FROM customer c JOIN seq_1_to_2 w WHERE {where}) d
            JOIN seq_1_to_20 p ON p.seq <= CAST(CHAR_LENGTH(d.digits) AS SIGNED) - 3""";

    private final DSLContext dsl;
    /** A key with at least this many rows is common: when every key of a keyword is, they are intersected. */
    private final int commonFrom;

    @Autowired
    CustomerSearchKeys(DSLContext dsl) {
        this(dsl, COUNT_BOUND);
    }

    /** @param commonFrom below {@link #COUNT_BOUND} in tests that force the intersection on small data */
    CustomerSearchKeys(DSLContext dsl, int commonFrom) {
        this.dsl = dsl;
        this.commonFrom = Math.min(commonFrom, COUNT_BOUND);
    }

    /**
     * The statement that stores the keys of the customers with ids in [{@code ?}, {@code ?}] (bound twice each, in
     * that order): for bulk loads such as the benchmark data generator.
     */
    public static String insertForIdRange() {
        return "INSERT IGNORE INTO customer_search_key (search_key, kana_norm, customer_id) " + selectForIdRange();
    }

    /**
     * The keys of the customers with ids in a range, as rows (search_key, kana_norm, customer_id); the parameters are
     * the range's ends, twice. A customer may get the same key more than once.
     */
    public static String selectForIdRange() {
        return SOURCE.replace("{where}", "c.id BETWEEN ? AND ?");
    }

    /** Stores the keys of the customer's current row. */
    void add(long customerId) {
        dsl.execute(
                "INSERT IGNORE INTO customer_search_key (search_key, kana_norm, customer_id) "
                        + SOURCE.replace("{where}", "c.id = ?"),
                customerId,
                customerId);
    }

    /**
     * Stores the keys of a batch of new customers in one statement, read as the id range the batch's single INSERT
     * gave them (the form the bulk loads use; an IN list of a thousand ids makes MariaDB read the customer table far
     * more slowly). Another customer that falls inside the range already has its keys, which INSERT IGNORE skips.
     */
    void addAll(java.util.Collection<Long> customerIds) {
        if (customerIds.isEmpty()) {
            return;
        }
        long min = java.util.Collections.min(customerIds);
        long max = java.util.Collections.max(customerIds);
        // in the primary key's order, so that each page of the key table is visited once per batch
        dsl.execute(
                "INSERT IGNORE INTO customer_search_key (search_key, kana_norm, customer_id) SELECT * FROM ("
                        + selectForIdRange() + ") k ORDER BY search_key, kana_norm, customer_id",
                min,
                max,
                min,
                max);
    }

    /** Removes the keys of the customer's current row; called before the row changes. */
    void remove(long customerId) {
        dsl.execute(
                "DELETE k FROM customer_search_key k JOIN (" + SOURCE.replace("{where}", "c.id = ?") + ") s"
                        + " ON k.search_key = s.search_key AND k.kana_norm = s.kana_norm AND k.customer_id ="
                        + " s.customer_id",
                customerId,
                customerId);
    }

    /**
     * How a keyword is searched. From each word come its rarest text key and, for a phone number, its rarest digit
     * key; a customer matching the word has at least one of them. The word whose keys have the fewest rows leads.
     * A word of one to three characters (not a phone number) is a key itself, so its key stands for it exactly.
     * When every key a match must have is common (a full name: サトウ and ユウコ), even the rarest would be read for
     * thousands of rows before a page is full, so the plan intersects them all instead
     * ({@link CustomerKeyIntersection}).
     */
    KeywordPlan plan(String keyword) {
        List<String> words = new ArrayList<>();
        List<List<List<String>>> choicesOfWords = new ArrayList<>();
        Map<String, String> exact = new HashMap<>();
        Set<String> all = new LinkedHashSet<>();
        Set<String> required = new LinkedHashSet<>();
        Set<String> spanning = new LinkedHashSet<>();
        for (String term : CustomerConditions.terms(keyword)) {
            List<List<String>> choices = choices(term);
            if (choices.isEmpty()) {
                continue;
            }
            words.add(term);
            choicesOfWords.add(choices);
            choices.forEach(all::addAll);
            if (choices.size() == 1) {
                required.addAll(choices.getFirst());
                spanning.add(choices.getFirst().getFirst());
                spanning.add(choices.getFirst().getLast());
                if (choices.getFirst().size() == 1
                        && choices.getFirst().getFirst().equals(SearchText.normalize(term))) {
                    exact.put(term, choices.getFirst().getFirst());
                }
            }
        }
        if (words.isEmpty()) {
            return KeywordPlan.NONE;
        }
        Map<String, Integer> rows = all.size() == 1 ? Map.of(all.iterator().next(), 0) : boundedCounts(all);
        List<String> best = List.of();
        String bestWord = null;
        long bestRows = Long.MAX_VALUE;
        for (int w = 0; w < words.size(); w++) {
            List<String> keys = new ArrayList<>();
            long total = 0;
            for (List<String> choice : choicesOfWords.get(w)) {
                String rarest =
                        choice.stream().min(Comparator.comparing(rows::get)).orElseThrow();
                keys.add(rarest);
                total += rows.get(rarest);
            }
            if (total < bestRows) {
                best = keys;
                bestWord = words.get(w);
                bestRows = total;
            }
        }
        boolean allCommon = required.size() > 1 && required.stream().allMatch(key -> rows.get(key) >= commonFrom);
        // a word's first and last pieces span it (up to six characters): the pieces between them hardly narrow the
        // intersection, but each would add its rows to every step; the page's query tests the whole word anyway
        List<String> intersect = spanning.size() > 1 ? List.copyOf(spanning) : List.copyOf(required);
        return new KeywordPlan(best, bestWord, exact, allCommon ? intersect : List.of());
    }

    /**
     * @param lead      the keys the search starts from (empty: none, every customer is tested)
     * @param leadWord  the word those keys come from
     * @param exactKeys the words that one key stands for exactly, with that key
     * @param intersect the keys every match has, when all are common: a page is found by intersecting them (else
     *                  empty)
     */
    record KeywordPlan(
            List<String> lead, @Nullable String leadWord, Map<String, String> exactKeys, List<String> intersect) {

        static final KeywordPlan NONE = new KeywordPlan(List.of(), null, Map.of(), List.of());

        /** Whether the lead alone already proves that a customer matches this word. */
        boolean leadCovers(String word) {
            return word.equals(leadWord) && exactKeys.containsKey(word);
        }
    }

    /**
     * For one word, the key lists of which one key each must be present: the text keys, and the digit keys when
     * the word looks like a phone number (as {@link CustomerConditions#keyword} decides).
     */
    static List<List<String>> choices(String term) {
        String text = SearchText.normalize(term);
        List<List<String>> choices = new ArrayList<>();
        int length = text.codePointCount(0, text.length());
        if (length == 0) {
            return choices;
        }
        choices.add(pieces(text, Math.min(length, TEXT_KEY)));
        if (CustomerConditions.isPhoneNumber(term)) {
            choices.add(pieces(SearchText.digits(term), DIGIT_KEY));
        }
        return choices;
    }

    /**
     * The pieces of a word; of a long word only {@link #PIECES_COUNTED} spread over it, so that choosing among them
     * stays a handful of short index reads (any piece is a correct lead, the rarest only a faster one).
     */
    private static List<String> pieces(String text, int size) {
        int[] points = text.codePoints().toArray();
        Set<String> pieces = new LinkedHashSet<>();
        int count = points.length - size + 1;
        int step = Math.max(1, (count + PIECES_COUNTED - 1) / PIECES_COUNTED);
        for (int i = 0; i < count; i += step) {
            pieces.add(new String(points, i, size));
        }
        if (count > 1) {
            pieces.add(new String(points, count - 1, size));
        }
        return List.copyOf(pieces);
    }

    /** How many rows each key has, counting no further than {@link #COUNT_BOUND}: one statement for all. */
    private Map<String, Integer> boundedCounts(Set<String> keys) {
        Select<Record2<String, Integer>> counts = null;
        for (String key : keys) {
            Select<Record2<String, Integer>> one = DSL.select(DSL.inline(key), DSL.count())
                    .from(DSL.selectOne()
                            .from(CUSTOMER_SEARCH_KEY)
                            .where(CUSTOMER_SEARCH_KEY.SEARCH_KEY.eq(key))
                            .limit(COUNT_BOUND)
                            .asTable("t"));
            counts = counts == null ? one : counts.unionAll(one);
        }
        Map<String, Integer> rows = new HashMap<>();
        dsl.fetch(counts).forEach(r -> rows.put(r.value1(), r.value2()));
        return rows;
    }
}
