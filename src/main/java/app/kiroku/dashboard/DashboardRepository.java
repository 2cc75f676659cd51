package app.kiroku.dashboard;

import static app.kiroku.db.Tables.DEPARTMENT;
import static app.kiroku.db.Tables.NEGOTIATION;
import static app.kiroku.db.Tables.PROGRESS_FLAG;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * The dashboard's record counts, each from one range of the records' (handler_id, done_date, planned_date) index
 * per person, and the names around the counts; the customer counts are kept ({@link CustomerTallies}).
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

    /** The counts per 現進捗 as every flag in its order (retired ones only when counted), then none. */
    List<ProgressCount> byProgress(Map<@Nullable Long, Integer> counts) {
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
        // one range of (handler_id, done_date, planned_date) per handler: no 対応日, 予定日 in the range
        dsl.select(NEGOTIATION.HANDLER_ID, DSL.count()).from(NEGOTIATION)
                .where(NEGOTIATION.HANDLER_ID.in(handlers))
                .and(NEGOTIATION.DONE_DATE.isNull())
                .and(planned)
                .groupBy(NEGOTIATION.HANDLER_ID)
                .forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }
}
