package app.kiroku.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * Records done (対応日) per person per week, weeks from Monday, oldest first; the last week is the current one.
 * {@code people.get(p).counts().get(w)} belongs to the week starting {@code weeks.get(w)}.
 */
public record WeeklyVisits(List<LocalDate> weeks, List<Person> people) {

    public record Person(long userId, String name, List<Integer> counts) {}

    public static LocalDate weekEnd(LocalDate weekStart) {
        return weekStart.plusDays(6);
    }
}
