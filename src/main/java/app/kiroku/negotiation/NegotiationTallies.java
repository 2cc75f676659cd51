package app.kiroku.negotiation;

import static app.kiroku.db.Tables.NEGOTIATION_TALLY;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * The records counted per handler (V022), kept by triggers whoever writes: done per 対応日, open plans per 予定日,
 * and all open plans. A scope's panel reads one short range per person, not the records.
 */
@Repository
public class NegotiationTallies {

    /**
     * The counts made from scratch, as the migration made them first: for a bulk load that sets the triggers aside
     * (the benchmark data generator). The table must be empty.
     */
    public static final String REBUILD = """
            INSERT INTO negotiation_tally (handler_id, kind, tally_date, records)
            SELECT handler_id, 'D', done_date, COUNT(*) FROM negotiation WHERE done_date IS NOT NULL GROUP BY 1, 3
            UNION ALL
            SELECT handler_id, 'O', planned_date, COUNT(*) FROM negotiation
            WHERE done_date IS NULL AND planned_date IS NOT NULL GROUP BY 1, 3
            UNION ALL
            SELECT handler_id, 'T', '1000-01-01', COUNT(*) FROM negotiation
            WHERE done_date IS NULL AND planned_date IS NOT NULL GROUP BY 1""";

    private static final String DONE = "D";
    private static final String OPEN = "O";
    private static final String ALL_OPEN = "T";

    private final DSLContext dsl;

    NegotiationTallies(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Records done by each handler on each day of {@code from}..{@code to}, from the kept counts (V022);
     * {@code handlers} null: everyone's.
     */
    public Map<Long, Map<LocalDate, Integer>> doneByDay(@Nullable List<Long> handlers, LocalDate from, LocalDate to) {
        Map<Long, Map<LocalDate, Integer>> counts = new HashMap<>();
        dsl.select(NEGOTIATION_TALLY.HANDLER_ID, NEGOTIATION_TALLY.TALLY_DATE, NEGOTIATION_TALLY.RECORDS)
                .from(NEGOTIATION_TALLY)
                .where(of(handlers))
                .and(NEGOTIATION_TALLY.KIND.eq(DONE))
                .and(NEGOTIATION_TALLY.TALLY_DATE.between(from, to))
                .and(NEGOTIATION_TALLY.RECORDS.ne(0))
                .forEach(r ->
                        counts.computeIfAbsent(r.value1(), k -> new HashMap<>()).put(r.value2(), r.value3()));
        return counts;
    }

    /**
     * Records without 対応日 per handler whose 予定日 lies in {@code from}..{@code to}; with {@code from} null, every
     * such record up to {@code to}, which is all open plans less those after {@code to} (the kept counts, V022).
     * {@code handlers} null: everyone's.
     */
    public Map<Long, Integer> openPlans(@Nullable List<Long> handlers, @Nullable LocalDate from, LocalDate to) {
        Condition rows = from != null
                ? NEGOTIATION_TALLY.KIND.eq(OPEN).and(NEGOTIATION_TALLY.TALLY_DATE.between(from, to))
                : NEGOTIATION_TALLY
                        .KIND
                        .eq(ALL_OPEN)
                        .or(NEGOTIATION_TALLY.KIND.eq(OPEN).and(NEGOTIATION_TALLY.TALLY_DATE.gt(to)));
        Field<Integer> signed = from != null
                ? NEGOTIATION_TALLY.RECORDS
                : DSL.when(NEGOTIATION_TALLY.KIND.eq(ALL_OPEN), NEGOTIATION_TALLY.RECORDS)
                        .otherwise(NEGOTIATION_TALLY.RECORDS.neg());
        Map<Long, Integer> counts = new HashMap<>();
        dsl.select(NEGOTIATION_TALLY.HANDLER_ID, DSL.sum(signed).cast(Integer.class))
                .from(NEGOTIATION_TALLY)
                .where(of(handlers))
                .and(rows)
                .groupBy(NEGOTIATION_TALLY.HANDLER_ID)
                .forEach(r -> {
                    if (r.value2() != 0) {
                        counts.put(r.value1(), r.value2());
                    }
                });
        return counts;
    }

    /** A few people: one range of the primary key each; everyone: one range of days of the day index. */
    private static Condition of(@Nullable List<Long> handlers) {
        return handlers == null ? DSL.noCondition() : NEGOTIATION_TALLY.HANDLER_ID.in(handlers);
    }
}
