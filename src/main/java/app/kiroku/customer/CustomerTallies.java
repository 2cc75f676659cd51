package app.kiroku.customer;

import static app.kiroku.db.Tables.CUSTOMER_TALLY;
import static app.kiroku.db.Tables.CUSTOMER_TALLY_CHANGE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record4;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * The customer counts of a scope by 現進捗 and 最終対応日, read from {@code customer_tally} and the changes not yet
 * folded into it (V020), so that a panel reads a few thousand rows at most, whatever the number of customers.
 */
@Repository
public class CustomerTallies {

    /** The 最終対応日 stored for customers never contacted. */
    static final LocalDate NEVER = LocalDate.of(1000, 1, 1);

    /**
     * The counts made from scratch, as the migration made them first: for a bulk load that sets the triggers aside
     * (the benchmark data generator). The tables must be empty.
     */
    public static final String REBUILD = """
            INSERT INTO customer_tally (scope_kind, scope_id, progress_id, contact_date, customers)
            SELECT 'A', 0, IFNULL(current_progress_id, 0), IFNULL(last_contact_date, '1000-01-01'), COUNT(*)
            FROM customer GROUP BY 3, 4
            UNION ALL
            SELECT 'U', a.user_id, IFNULL(c.current_progress_id, 0), IFNULL(c.last_contact_date, '1000-01-01'),
                   COUNT(*)
            FROM customer_assignee a JOIN customer c ON c.id = a.customer_id GROUP BY 2, 3, 4
            UNION ALL
            SELECT 'D', m.department_id, m.progress_id, m.contact_date, COUNT(*)
            FROM (SELECT DISTINCT u.department_id, a.customer_id, IFNULL(c.current_progress_id, 0) AS progress_id,
                         IFNULL(c.last_contact_date, '1000-01-01') AS contact_date
                  FROM customer_assignee a JOIN app_user u ON u.id = a.user_id JOIN customer c ON c.id = a.customer_id
                  WHERE u.department_id IS NOT NULL) m
            GROUP BY 2, 3, 4""";

    /**
     * Whose customers are counted: everyone ({@code A}), a department's people ({@code D}) or one person ({@code U}).
     */
    public record Scope(String kind, long id) {

        public static Scope everyone() {
            return new Scope("A", 0);
        }

        public static Scope department(long departmentId) {
            return new Scope("D", departmentId);
        }

        public static Scope assignee(long userId) {
            return new Scope("U", userId);
        }
    }

    private final DSLContext dsl;

    CustomerTallies(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The number of all customers, exact, read from everyone's counts rather than from the customers. */
    int total() {
        Table<?> rows = rowsOf(Scope.everyone());
        return dsl.select(DSL.ifnull(DSL.sum(rows.field(CUSTOMER_TALLY.CUSTOMERS)), 0)
                        .cast(Integer.class))
                .from(rows)
                .fetchSingle()
                .value1();
    }

    /** Customers of the scope per 現進捗 ({@code null}: none yet); flags without customers are left out. */
    public Map<@Nullable Long, Integer> byProgress(Scope scope) {
        Table<?> rows = rowsOf(scope);
        Field<Long> progress = rows.field(CUSTOMER_TALLY.PROGRESS_ID);
        Field<Integer> count = DSL.sum(rows.field(CUSTOMER_TALLY.CUSTOMERS)).cast(Integer.class);
        Map<@Nullable Long, Integer> counts = new HashMap<>();
        dsl.select(progress, count).from(rows).groupBy(progress).forEach(r -> {
            if (r.value2() != 0) {
                counts.put(r.value1() == 0 ? null : r.value1(), r.value2());
            }
        });
        return counts;
    }

    /** Customers of the scope in each range of days since the last contact, in one pass. */
    public List<Integer> byContactAge(Scope scope, List<ContactAge> ages, LocalDate today) {
        Table<?> rows = rowsOf(scope);
        Field<LocalDate> date = rows.field(CUSTOMER_TALLY.CONTACT_DATE);
        Field<Integer> customers = rows.field(CUSTOMER_TALLY.CUSTOMERS);
        List<Field<Integer>> fields = ages.stream()
                .map(age -> DSL.ifnull(DSL.sum(customers).filterWhere(within(date, age, today)), 0)
                        .cast(Integer.class))
                .toList();
        var row = dsl.select(fields).from(rows).fetchSingle();
        List<Integer> counts = new ArrayList<>();
        for (int i = 0; i < ages.size(); i++) {
            counts.add(row.get(i, Integer.class));
        }
        return counts;
    }

    private static Condition within(Field<LocalDate> date, ContactAge age, LocalDate today) {
        if (age.never()) {
            return date.eq(NEVER);
        }
        Condition condition = date.le(today.minusDays(age.fromDays())).and(date.gt(NEVER));
        return age.toDays() == null ? condition : condition.and(date.ge(today.minusDays(age.toDays())));
    }

    /** The scope's counted rows and its changes not yet folded, as (progress_id, contact_date, customers). */
    private Table<?> rowsOf(Scope scope) {
        String kind = scope.kind();
        long id = scope.id();
        Select<Record4<Long, LocalDate, Integer, String>> rows = DSL.select(
                        CUSTOMER_TALLY.PROGRESS_ID,
                        CUSTOMER_TALLY.CONTACT_DATE,
                        CUSTOMER_TALLY.CUSTOMERS,
                        CUSTOMER_TALLY.SCOPE_KIND)
                .from(CUSTOMER_TALLY)
                .where(CUSTOMER_TALLY.SCOPE_KIND.eq(kind))
                .and(CUSTOMER_TALLY.SCOPE_ID.eq(id))
                .unionAll(DSL.select(
                                CUSTOMER_TALLY_CHANGE.PROGRESS_ID,
                                CUSTOMER_TALLY_CHANGE.CONTACT_DATE,
                                CUSTOMER_TALLY_CHANGE.CHANGE_COUNT,
                                CUSTOMER_TALLY_CHANGE.SCOPE_KIND)
                        .from(CUSTOMER_TALLY_CHANGE)
                        .where(CUSTOMER_TALLY_CHANGE.SCOPE_KIND.eq(kind))
                        .and(CUSTOMER_TALLY_CHANGE.SCOPE_ID.eq(id)));
        return rows.asTable("t");
    }
}
