package app.kiroku.shared.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * A table in an uploaded file: the first row holds the headers, each further row is read as the file is streamed,
 * so a file of any length is never held in memory.
 */
public interface TableFile {

    /** What the file was read as, shown to the user: "UTF-8", "Shift_JIS", "Excel (.xlsx)"… */
    String format();

    List<String> headers();

    /**
     * Hands the rows after the header to {@code visitor} in order, skipping blank ones, until the file ends or the
     * visitor returns false.
     */
    void rows(Predicate<TableRow> visitor) throws IOException;

    /** {@code visitor} for the rows after the first (the header), blank rows skipped. */
    static Predicate<TableRow> afterHeader(Predicate<TableRow> visitor) {
        boolean[] header = {true};
        return row -> {
            if (header[0]) {
                header[0] = false;
                return true;
            }
            return row.blank() || visitor.test(row);
        };
    }

    static TableFile open(Path path, String fileName) throws IOException {
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return XlsxTable.open(path);
        }
        return CsvTable.open(path);
    }
}
