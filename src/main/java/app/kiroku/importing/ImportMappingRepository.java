package app.kiroku.importing;

import static app.kiroku.db.Tables.IMPORT_MAPPING;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Repository;

/** Saved column mappings, stored as lines of "field id TAB header". */
@Repository
class ImportMappingRepository {

    private final org.jooq.DSLContext dsl;

    ImportMappingRepository(org.jooq.DSLContext dsl) {
        this.dsl = dsl;
    }

    void save(String target, String name, Map<String, String> headerByField, long userId, LocalDateTime now) {
        var text = new StringBuilder();
        headerByField.forEach((field, header) ->
                text.append(field).append('\t').append(header).append('\n'));
        dsl.insertInto(IMPORT_MAPPING)
                .set(IMPORT_MAPPING.TARGET, target)
                .set(IMPORT_MAPPING.NAME, name)
                .set(IMPORT_MAPPING.COLUMNS, text.toString())
                .set(IMPORT_MAPPING.SAVED_BY, userId)
                .set(IMPORT_MAPPING.SAVED_AT, now)
                .onDuplicateKeyUpdate()
                .set(IMPORT_MAPPING.COLUMNS, text.toString())
                .set(IMPORT_MAPPING.SAVED_BY, userId)
                .set(IMPORT_MAPPING.SAVED_AT, now)
                .execute();
    }

    List<SavedMapping> list(String target) {
        return dsl.select(IMPORT_MAPPING.NAME, IMPORT_MAPPING.COLUMNS)
                .from(IMPORT_MAPPING)
                .where(IMPORT_MAPPING.TARGET.eq(target))
                .orderBy(IMPORT_MAPPING.NAME)
                .fetch(r -> new SavedMapping(r.value1(), parse(r.value2())));
    }

    private static Map<String, String> parse(String text) {
        Map<String, String> headerByField = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                headerByField.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        return headerByField;
    }
}
