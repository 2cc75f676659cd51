package app.kiroku.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table's indexes taken away before a bulk load and built again after it. InnoDB builds an index added to a full
 * table from sorted runs, several times faster than it keeps one up to date row by row in random order (measured:
 * the records' eleven secondary indexes cost two thirds of their load). The table ends exactly as its migrations
 * made it: {@link #rebuild} compares its definition with the one taken before and fails if they differ.
 *
 * <p>Dropping an index a foreign key needs takes {@code foreign_key_checks = 0} on the connection.
 */
final class DeferredIndexes {

    private static final Pattern INDEX_LINE = Pattern.compile("^\\s+(PRIMARY KEY|UNIQUE KEY|KEY) (.*?),?$");
    private static final Pattern INDEX_NAME = Pattern.compile("^(`[^`]+`)");

    private final Connection db;
    private final String table;
    private final String definition;
    private final List<String> additions;

    private DeferredIndexes(Connection db, String table, String definition, List<String> additions) {
        this.db = db;
        this.table = table;
        this.definition = definition;
        this.additions = additions;
    }

    /** Drops the table's secondary indexes, and its primary key too when {@code primaryKey} is set. */
    static DeferredIndexes drop(Connection db, String table, boolean primaryKey) throws SQLException {
        String definition = definition(db, table);
        List<String> drops = new ArrayList<>();
        List<String> additions = new ArrayList<>();
        for (String line : definition.split("\n")) {
            Matcher index = INDEX_LINE.matcher(line);
            if (!index.matches() || index.group(1).equals("PRIMARY KEY") && !primaryKey) {
                continue;
            }
            additions.add("ADD " + index.group(1) + " " + index.group(2));
            if (index.group(1).equals("PRIMARY KEY")) {
                drops.add("DROP PRIMARY KEY");
            } else {
                Matcher name = INDEX_NAME.matcher(index.group(2));
                if (!name.find()) {
                    throw new IllegalStateException("An index of " + table + " without a name: " + line);
                }
                drops.add("DROP KEY " + name.group(1));
            }
        }
        if (!drops.isEmpty()) {
            DataGenerator.exec(db, "ALTER TABLE " + table + " " + String.join(", ", drops));
        }
        return new DeferredIndexes(db, table, definition, additions);
    }

    /** Builds the indexes again, all in one pass over the table, and checks the table is as it was. */
    void rebuild() throws SQLException {
        if (!additions.isEmpty()) {
            DataGenerator.exec(db, "ALTER TABLE " + table + " " + String.join(", ", additions));
        }
        String now = definition(db, table);
        if (!now.equals(definition)) {
            throw new IllegalStateException(
                    "The indexes of " + table + " came back different:\n" + definition + "\n---\n" + now);
        }
    }

    /** The table's CREATE TABLE, without its next AUTO_INCREMENT value (which a load moves on). */
    private static String definition(Connection db, String table) throws SQLException {
        try (Statement sql = db.createStatement();
                var row = sql.executeQuery("SHOW CREATE TABLE " + table)) {
            row.next();
            return row.getString(2).replaceAll(" AUTO_INCREMENT=\\d+", "");
        }
    }
}
