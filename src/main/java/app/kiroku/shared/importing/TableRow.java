package app.kiroku.shared.importing;

import java.util.List;

/** One row of a table file; {@code line} is its row number as a spreadsheet shows it (the header is row 1). */
public record TableRow(int line, List<String> cells) {

    public TableRow {
        cells = List.copyOf(cells);
    }

    /** The cell in column {@code index}, stripped; "" past the row's end or for a column not mapped (-1). */
    public String cell(int index) {
        return index < 0 || index >= cells.size() ? "" : cells.get(index).strip();
    }

    public boolean blank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
