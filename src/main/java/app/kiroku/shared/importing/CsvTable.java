package app.kiroku.shared.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A CSV or tab-separated file in whichever encoding {@link TextEncodings} finds; quoted fields may span lines. */
final class CsvTable implements TableFile {

    private final Path path;
    private final TextEncodings.Detected encoding;
    private final char delimiter;
    private final List<String> headers;

    private CsvTable(Path path, TextEncodings.Detected encoding, char delimiter, List<String> headers) {
        this.path = path;
        this.encoding = encoding;
        this.delimiter = delimiter;
        this.headers = headers;
    }

    static CsvTable open(Path path) throws IOException {
        var encoding = TextEncodings.detect(path);
        String firstLine;
        try (BufferedReader reader = new BufferedReader(reader(path, encoding))) {
            firstLine = reader.readLine();
        }
        if (firstLine == null || firstLine.isBlank()) {
            throw new UnreadableFileException("import.error.empty", path.toString());
        }
        char delimiter = count(firstLine, '\t') > count(firstLine, ',') ? '\t' : ',';
        var table = new CsvTable(path, encoding, delimiter, List.of());
        List<String> headers = new ArrayList<>();
        table.records(record -> {
            record.forEach(headers::add);
            return false;
        });
        return new CsvTable(
                path, encoding, delimiter, headers.stream().map(String::strip).toList());
    }

    @Override
    public String format() {
        String name = encoding.charset() == TextEncodings.WINDOWS_31J
                ? "Shift_JIS"
                : encoding.charset() == StandardCharsets.UTF_8 ? "UTF-8" : "UTF-16";
        return (delimiter == '\t' ? "TSV " : "CSV ") + name;
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public void rows(Predicate<TableRow> visitor) throws IOException {
        Predicate<TableRow> rows = TableFile.afterHeader(visitor);
        records(record -> {
            List<String> cells = new ArrayList<>(record.size());
            record.forEach(cells::add);
            return rows.test(new TableRow((int) record.getRecordNumber(), cells));
        });
    }

    private void records(Predicate<CSVRecord> visitor) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(false)
                .get();
        try (Reader reader = reader(path, encoding);
                CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord record : parser) {
                if (!visitor.test(record)) {
                    return;
                }
            }
        } catch (java.io.UncheckedIOException e) {
            throw new UnreadableFileException("import.error.csv", e.getMessage() == null ? "" : e.getMessage());
        }
    }

    private static Reader reader(Path path, TextEncodings.Detected encoding) throws IOException {
        var in = Files.newInputStream(path);
        in.skipNBytes(encoding.bomLength());
        return new BufferedReader(new InputStreamReader(in, encoding.charset()), 64 * 1024);
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(ch -> ch == c).count();
    }
}
