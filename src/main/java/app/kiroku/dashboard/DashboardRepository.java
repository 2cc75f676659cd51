package app.kiroku.dashboard;

import static app.kiroku.db.Tables.DEPARTMENT;
import static app.kiroku.db.Tables.PROGRESS_FLAG;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * The names around the dashboard's counts; the counts themselves are kept by the features they count
 * ({@code CustomerTallies}, {@code NegotiationTallies}).
 */
@Repository
class DashboardRepository {

    private final DSLContext dsl;

    DashboardRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<String> departmentName(long departmentId) {
        return dsl.select(DEPARTMENT.NAME)
                .from(DEPARTMENT)
                .where(DEPARTMENT.ID.eq(departmentId))
                .fetchOptional(DEPARTMENT.NAME);
    }

    List<ScopeChoice> departments() {
        return dsl.select(DEPARTMENT.ID, DEPARTMENT.NAME)
                .from(DEPARTMENT)
                .where(DEPARTMENT.ACTIVE.isTrue())
                .orderBy(DEPARTMENT.SORT_ORDER, DEPARTMENT.ID)
                .fetch(r -> new ScopeChoice(DashboardScope.department(r.value1()), r.value2()));
    }

    /** The counts per 現進捗 as every flag in its order (retired ones only when counted), then none. */
    List<ProgressCount> byProgress(Map<@Nullable Long, Integer> counts) {
        List<ProgressCount> result = new ArrayList<>();
        dsl.select(PROGRESS_FLAG.ID, PROGRESS_FLAG.NAME, PROGRESS_FLAG.COLOR, PROGRESS_FLAG.ACTIVE)
                .from(PROGRESS_FLAG)
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
}
