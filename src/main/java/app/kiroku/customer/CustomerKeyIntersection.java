package app.kiroku.customer;

import static app.kiroku.db.Tables.CUSTOMER_SEARCH_KEY;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Repository;

/**
 * The customers having every one of several search keys, in list order (kana, then id), found by leapfrogging
 * through the keys' ranges of {@code customer_search_key}: each step reads the next rows of every range after a
 * cursor in one statement; the cursor then jumps to the furthest of the ranges' first rows (nothing before it can
 * be in all of them), or past what every range has shown. Two common keys whose few shared customers sit together
 * (サトウ and ユウコ: the サトウ ユウコ of the kana order) cost a handful of steps, where reading either key to the
 * end would read thousands of rows. MariaDB has no such join itself.
 */
@Repository
class CustomerKeyIntersection {

    /** Rows read at most per key and step; a step finding nothing doubles its successor's, up to this. */
    private static final int MAX_BATCH = 1_024;

    static final int FIRST_BATCH = 64;

    private final DSLContext dsl;
    private final int firstBatch;

    @Autowired
    CustomerKeyIntersection(DSLContext dsl) {
        this(dsl, FIRST_BATCH);
    }

    /** @param firstBatch rows read per key in the first step: small in tests that make the leapfrogging jump often */
    CustomerKeyIntersection(DSLContext dsl, int firstBatch) {
        this.dsl = dsl;
        this.firstBatch = Math.max(1, Math.min(firstBatch, MAX_BATCH));
    }

    /**
     * The customers found, in list order, and where to go on from.
     *
     * @param ids    at least the number asked for unless the keys have no more
     * @param resume the cursor to continue from, or null when the keys have no more in common
     */
    record Found(List<Long> ids, @Nullable CustomerSeek resume) {}

    /** At least {@code wanted} customers after {@code after} (null: from the start) having all the {@code keys}. */
    Found having(List<String> keys, @Nullable CustomerSeek after, int wanted) {
        List<Long> ids = new ArrayList<>();
        CustomerSeek cursor = after;
        int batch = firstBatch;
        while (ids.size() < wanted) {
            Step step = step(keys, cursor, batch);
            Seen added = null;
            for (Seen match : step.matches()) {
                if (ids.size() == wanted) {
                    // the page is full: go on from its last customer next time, not from where the step ended
                    return new Found(ids, new CustomerSeek(added.kana(), added.id()));
                }
                ids.add(match.id());
                added = match;
            }
            if (step.next() == null) {
                return new Found(ids, null);
            }
            // a step that neither found nor jumped read ranges that interleave: read more of them at once
            batch = step.matches().isEmpty() && !step.jumped() ? Math.min(batch * 2, MAX_BATCH) : batch;
            cursor = step.next();
        }
        return new Found(ids, cursor);
    }

    private record Step(List<Seen> matches, @Nullable CustomerSeek next, boolean jumped) {}

    /** The rows of a customer seen in this step: its kana and id, and which keys' ranges showed it. */
    private record Seen(String kana, long id, boolean[] in) {}

    private Step step(List<String> keys, @Nullable CustomerSeek cursor, int batch) {
        List<Seen> seen = read(keys, cursor, batch);
        int[] first = new int[keys.size()];
        int[] last = new int[keys.size()];
        int[] rows = new int[keys.size()];
        Arrays.fill(first, -1);
        for (int s = 0; s < seen.size(); s++) {
            for (int k = 0; k < keys.size(); k++) {
                if (seen.get(s).in()[k]) {
                    first[k] = first[k] < 0 ? s : first[k];
                    last[k] = s;
                    rows[k]++;
                }
            }
        }
        int from = 0;
        int to = seen.size() - 1;
        boolean rangeEnds = true;
        for (int k = 0; k < keys.size(); k++) {
            if (rows[k] == 0) {
                return new Step(List.of(), null, false);
            }
            from = Math.max(from, first[k]);
            if (rows[k] == batch) {
                // this range may go on past its last row read: beyond it nothing is known yet
                to = Math.min(to, last[k]);
                rangeEnds = false;
            }
        }
        List<Seen> matches = new ArrayList<>();
        for (int s = from; s <= to; s++) {
            if (inAll(seen.get(s))) {
                matches.add(seen.get(s));
            }
        }
        if (rangeEnds) {
            return new Step(matches, null, false);
        }
        Seen resumeAt = seen.get(Math.max(from, to));
        // jumping to the furthest first row: continue just before it, so that it is read again
        CustomerSeek next = from > to
                ? new CustomerSeek(resumeAt.kana(), resumeAt.id() - 1)
                : new CustomerSeek(resumeAt.kana(), resumeAt.id());
        return new Step(matches, next, from > to);
    }

    private static boolean inAll(Seen seen) {
        for (boolean in : seen.in()) {
            if (!in) {
                return false;
            }
        }
        return true;
    }

    /**
     * The next {@code batch} rows of every key's range after the cursor, all in one list order as the database
     * collates the kana (Java's order of strings differs), a customer's rows from several ranges folded together.
     */
    private List<Seen> read(List<String> keys, @Nullable CustomerSeek cursor, int batch) {
        var k = CUSTOMER_SEARCH_KEY;
        Select<Record3<Integer, String, Long>> ranges = null;
        for (int i = 0; i < keys.size(); i++) {
            Select<Record3<Integer, String, Long>> range = DSL.select(
                            DSL.inline(i).as("range_no"), k.KANA_NORM, k.CUSTOMER_ID)
                    .from(k)
                    .where(k.SEARCH_KEY.eq(keys.get(i)))
                    .and(CustomerRepository.after(cursor, k.KANA_NORM, k.CUSTOMER_ID))
                    .orderBy(k.KANA_NORM, k.CUSTOMER_ID)
                    .limit(batch);
            ranges = ranges == null ? range : ranges.unionAll(range);
        }
        Table<Record3<Integer, String, Long>> all = ranges.asTable("ranges");
        Field<Integer> rangeNo = all.field(0, Integer.class);
        Field<String> kana = all.field(1, String.class);
        Field<Long> id = all.field(2, Long.class);
        List<Seen> seen = new ArrayList<>();
        for (var row : dsl.select(rangeNo, kana, id).from(all).orderBy(kana, id).fetch()) {
            Seen previous = seen.isEmpty() ? null : seen.getLast();
            if (previous == null || previous.id() != row.value3()) {
                previous = new Seen(row.value2(), row.value3(), new boolean[keys.size()]);
                seen.add(previous);
            }
            previous.in()[row.value1()] = true;
        }
        return seen;
    }
}
