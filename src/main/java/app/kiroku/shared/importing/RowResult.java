package app.kiroku.shared.importing;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One row checked: what becomes of it, why it is refused, the values as Kiroku stores them (in the order of
 * {@link ImportTarget#storedColumns()}), and for a duplicate the row number earlier in the file it repeats.
 */
public record RowResult(
        int line, RowOutcome outcome, List<RowProblem> problems, List<@Nullable String> stored, int sameAsLine) {

    public RowResult {
        problems = List.copyOf(problems);
        stored = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(stored));
    }
}
