package app.kiroku.dashboard;

import static app.kiroku.db.Tables.CUSTOMER;
import static app.kiroku.db.Tables.DEPARTMENT;
import static app.kiroku.db.Tables.NEGOTIATION;
import static app.kiroku.db.Tables.PROGRESS_FLAG;

import app.kiroku.customer.ContactAge;
import app.kiroku.customer.CustomerConditions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * The dashboard's counts. Customers are counted from their maintained columns (現進捗, 最終対応日), records by
 * their handler's index and a date range, so no panel aggregates the whole record table.
 */
@Repository
class DashboardRepository {

    private final DSLContext dsl;

    DashboardRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<String> departmentName(long departmentId) {
        return dsl.select(DEPARTMENT.NAME).from(DEPARTMENT).where(DEPARTMENT.ID.eq(departmentId))
                .fetchOptional(DEPARTMENT.NAME);
    }

    List<ScopeChoice> departments() {
        return dsl.select(DEPARTMENT.ID, DEPARTMENT.NAME).from(DEPARTMENT).where(DEPARTMENT.ACTIVE.isTrue())
                .orderBy(DEPARTMENT.SORT_ORDER, DEPARTMENT.ID)
                .fetch(r -> new ScopeChoice(DashboardScope.department(r.value1()), r.value2()));
    }

    /** Customers of {@code customers} by 現進捗: every flag in its order (retired ones only when counted), then none. */
    List<ProgressCount> byProgress(Condition customers) {
        Map<@Nullable Long, Integer> counts = new HashMap<>();
        dsl.select(CUSTOMER.CURRENT_PROGRESS_ID, DSL.count()).from(CUSTOMER).where(customers)
                .groupBy(CUSTOMER.CURRENT_PROGRESS_ID)
                .forEach(r -> counts.put(r.value1(), r.value2()));
        List<ProgressCount> result = new ArrayList<>();
        dsl.select(PROGRESS_FLAG.ID, PROGRESS_FLAG.NAME, PROGRESS_FLAG.COLOR, PROGRESS_FLAG.ACTIVE).from(PROGRESS_FLAG)
                .orderBy(PROGRESS_FLAG.SORT_ORDER, PROGRESS_FLAG.ID)
                .forEach(r -> {
                    int count = counts.getOrDefault(r.value1(), 0);
                    if (r.value4() || count > 0) {
                        result.add(new ProgressCount(r.value1(), r.value2(), r.value3(), count));
                    }
                });
        result.add(new ProgressCount(null, null, null, counts.getOrDefault(null, 0)));
        return result;
    }

    /** How many of {@code customers} fall in each range of days since the last contact, in one pass. */
    List<Integer> byContactAge(Condition customers, List<ContactAge> ages, LocalDate today) {
        List<Field<Integer>> fields = ages.stream()
                .<Field<Integer>>map(age -> DSL.count().filterWhere(CustomerConditions.lastContact(age, today)))
                .toList();
        var row = dsl.select(fields).from(CUSTOMER).where(customers).fetchSingle();
        List<Integer> counts = new ArrayList<>();
        for (int i = 0; i < ages.size(); i++) {
            counts.add(row.get(i, Integer.class));
        }
        return counts;
    }

    /** Records done by each handler on each day of {@code from}..{@code to}. */
    Map<Long, Map<LocalDate, Integer>> doneByDay(List<Long> handlers, LocalDate from, LocalDate to) {
        Map<Long, Map<LocalDate, Integer>> counts = new HashMap<>();
        dsl.select(NEGOTIATION.HANDLER_ID, NEGOTIATION.DONE_DATE, DSL.count()).from(NEGOTIATION)
                .where(NEGOTIATION.HANDLER_ID.in(handlers))
                .and(NEGOTIATION.DONE_DATE.between(from, to))
                .groupBy(NEGOTIATION.HANDLER_ID, NEGOTIATION.DONE_DATE)
                .forEach(r -> counts.computeIfAbsent(r.value1(), k -> new HashMap<>()).put(r.value2(), r.value3()));
        return counts;
    }

    /** Records without 対応日 per handler whose 予定日 lies in {@code from}..{@code to} ({@code from} open if null). */
    Map<Long, Integer> openPlans(List<Long> handlers, @Nullable LocalDate from, LocalDate to) {
        Condition planned = NEGOTIATION.PLANNED_DATE.le(to);
        if (from != null) {
            planned = planned.and(NEGOTIATION.PLANNED_DATE.ge(from));
        }
        Map<Long, Integer> counts = new HashMap<>();
        // a record without 対応日 sits in the handler's index at its 予定日 (shown_date)
        dsl.select(NEGOTIATION.HANDLER_ID, DSL.count()).from(NEGOTIATION)
                .where(NEGOTIATION.HANDLER_ID.in(handlers))
                .and(from == null ? NEGOTIATION.SHOWN_DATE.le(to) : NEGOTIATION.SHOWN_DATE.between(from, to))
                .and(planned)
                .and(NEGOTIATION.DONE_DATE.isNull())
                .groupBy(NEGOTIATION.HANDLER_ID)
                .forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }
}
