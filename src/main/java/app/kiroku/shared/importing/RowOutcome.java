package app.kiroku.shared.importing;

/** What became, or in a dry run would become, of one row. */
public enum RowOutcome {
    CREATED,
    UPDATED,
    SKIPPED,
    REFUSED
}
