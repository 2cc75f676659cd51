package app.kiroku.shared.importing;

/** What an import does with a row that matches an existing entry or an earlier row of the same file. */
public enum Duplicates {
    /** Leave the existing entry alone and skip the row: a re-run of the same file creates nothing. */
    SKIP,
    /** Write the row's values over the existing entry (a later duplicate in the same file is skipped). */
    UPDATE,
    /** Create a new entry anyway. */
    CREATE
}
