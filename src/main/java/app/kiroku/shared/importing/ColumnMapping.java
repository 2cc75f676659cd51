package app.kiroku.shared.importing;

import app.kiroku.shared.i18n.KirokuI18nProvider;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which column of the file fills which field: field id → column index. Built by guessing from the headers, from a
 * saved mapping (field id → header) or by the user's choices; a column fills at most one field.
 */
public record ColumnMapping(Map<String, Integer> columns) {

    public static final ColumnMapping NONE = new ColumnMapping(Map.of());

    public ColumnMapping {
        columns = Map.copyOf(columns);
    }

    /** The column of {@code fieldId}, or -1 when no column fills it. */
    public int column(String fieldId) {
        return columns.getOrDefault(fieldId, -1);
    }

    public boolean has(String fieldId) {
        return columns.containsKey(fieldId);
    }

    public ColumnMapping with(String fieldId, Optional<Integer> column) {
        Map<String, Integer> changed = new LinkedHashMap<>(columns);
        changed.remove(fieldId);
        column.ifPresent(c -> {
            changed.values().removeIf(c::equals);
            changed.put(fieldId, c);
        });
        return new ColumnMapping(changed);
    }

    /** Matches each field to the first header that is its label or one of its usual names, widths and case aside. */
    public static ColumnMapping guess(List<String> headers, List<ImportField> fields) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        Set<Integer> taken = new HashSet<>();
        for (ImportField field : fields) {
            Set<String> names = names(field);
            for (int i = 0; i < headers.size(); i++) {
                if (!taken.contains(i) && names.contains(normalize(headers.get(i)))) {
                    columns.put(field.id(), i);
                    taken.add(i);
                    break;
                }
            }
        }
        return new ColumnMapping(columns);
    }

    /** A saved mapping applied to this file's headers; a header the file lacks leaves its field unmapped. */
    public static ColumnMapping fromHeaders(Map<String, String> headerByField, List<String> headers) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        headerByField.forEach((field, header) -> {
            int index = headers.indexOf(header);
            if (index >= 0 && !columns.containsValue(index)) {
                columns.put(field, index);
            }
        });
        return new ColumnMapping(columns);
    }

    public Map<String, String> headerByField(List<String> headers) {
        Map<String, String> saved = new LinkedHashMap<>();
        columns.forEach((field, column) -> {
            if (column < headers.size()) {
                saved.put(field, headers.get(column));
            }
        });
        return saved;
    }

    private static Set<String> names(ImportField field) {
        Set<String> names = new HashSet<>();
        for (Locale locale : List.of(KirokuI18nProvider.JAPANESE, KirokuI18nProvider.ENGLISH)) {
            names.add(normalize(KirokuI18nProvider.bundle(locale).getString(field.labelKey())));
        }
        field.headers().forEach(h -> names.add(normalize(h)));
        return names;
    }

    /** 「ＴＥＬ」, "tel" and "Tel." are one name; so are 「メール アドレス」 and 「メールアドレス」. */
    static String normalize(String header) {
        return Normalizer.normalize(header, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\\p{Punct}・「」（）【】]", "");
    }
}
