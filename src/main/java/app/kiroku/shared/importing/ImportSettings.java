package app.kiroku.shared.importing;

import java.util.List;

/** How one file is imported: its headers, the column mapping, the match key and what to do with duplicates. */
public record ImportSettings(List<String> headers, ColumnMapping mapping, String matchKey, Duplicates duplicates) {

    public ImportSettings {
        headers = List.copyOf(headers);
    }

    /** The file's header of the column mapped to {@code fieldId}, for a problem's column; "" when not mapped. */
    public String header(String fieldId) {
        int column = mapping.column(fieldId);
        return column >= 0 && column < headers.size() ? headers.get(column) : "";
    }
}
