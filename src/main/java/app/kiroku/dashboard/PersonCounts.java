package app.kiroku.dashboard;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Records per person whose 予定日 lies in {@code from}..{@code to} ({@code from} open when {@code null}) and that
 * have no 対応日 yet: the planned visits ahead, or the plans overdue.
 */
public record PersonCounts(@Nullable LocalDate from, LocalDate to, List<PersonCount> people) {

    public int total() {
        return people.stream().mapToInt(PersonCount::count).sum();
    }
}
