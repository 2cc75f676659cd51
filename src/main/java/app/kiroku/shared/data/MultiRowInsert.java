package app.kiroku.shared.data;

import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/** Many new rows in one INSERT statement, with their generated keys read back in the order the rows were given. */
public final class MultiRowInsert {

    private MultiRowInsert() {}

    /** Each map is one row (column → value); an empty list writes nothing. */
    public static <R extends Record, T> List<T> keys(
            DSLContext dsl, Table<R> table, Field<T> key, List<? extends Map<?, ?>> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        var insert = dsl.insertInto(table).set(rows.getFirst());
        for (Map<?, ?> row : rows.subList(1, rows.size())) {
            insert = insert.newRecord().set(row);
        }
        return insert.returningResult(key).fetch(key);
    }
}
