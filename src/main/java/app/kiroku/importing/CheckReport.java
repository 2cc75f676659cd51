package app.kiroku.importing;

import app.kiroku.shared.importing.RowOutcome;
import app.kiroku.shared.importing.RowProblem;
import app.kiroku.shared.importing.RowResult;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a dry run found: how many rows would be created, updated, skipped or refused, why rows are refused (the first
 * {@link ImportRunner#MAX_PROBLEMS}), and the first rows as they would be stored.
 */
public record CheckReport(
        int rows,
        Map<RowOutcome, Integer> outcomes,
        List<RowProblem> problems,
        int problemCount,
        List<RowResult> preview) {

    public CheckReport {
        outcomes = new EnumMap<>(outcomes);
        problems = List.copyOf(problems);
        preview = List.copyOf(preview);
    }

    public int count(RowOutcome outcome) {
        return outcomes.getOrDefault(outcome, 0);
    }
}
