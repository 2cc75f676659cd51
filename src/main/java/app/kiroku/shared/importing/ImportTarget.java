package app.kiroku.shared.importing;

import java.util.List;

/**
 * What can be imported (customers, records): its fields, the keys its rows can be matched on, and how a batch of
 * rows is checked and written. Implemented by the feature that owns the data; the import itself only reads files,
 * hands over batches and keeps the history.
 */
public interface ImportTarget {

    /** "customer", "negotiation": stored with each import and mapping. */
    String id();

    String labelKey();

    List<ImportField> fields();

    /** The keys a row can be matched on to find duplicates; the first is the default. */
    List<MatchKey> matchKeys();

    /** The duplicate treatments this target offers. */
    List<Duplicates> duplicateChoices();

    /** Column headers (translation keys) of a row as it will be stored: {@link RowResult#stored()}. */
    List<String> storedColumns();

    /**
     * Checks the rows against the same rules as the forms and finds their duplicates in the database and earlier in
     * the file, writing nothing; the batch writes them when told, in the caller's transaction.
     */
    PreparedBatch prepare(List<TableRow> rows, ImportSettings settings, FileMemory memory);

    record MatchKey(String id, String labelKey) {}
}
