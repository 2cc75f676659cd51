package app.kiroku.shared.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an Excel workbook, read with POI's streaming (SAX) reader: cells as Excel shows them, one row
 * at a time, never the whole workbook in memory.
 */
final class XlsxTable implements TableFile {

    private final Path path;
    private final List<String> headers;

    private XlsxTable(Path path, List<String> headers) {
        this.path = path;
        this.headers = headers;
    }

    static XlsxTable open(Path path) throws IOException {
        List<String> headers = new ArrayList<>();
        new XlsxTable(path, List.of()).sheetRows(row -> {
            headers.addAll(row.cells());
            return false;
        });
        if (headers.isEmpty()) {
            throw new UnreadableFileException("import.error.empty", path.toString());
        }
        return new XlsxTable(path, headers.stream().map(String::strip).toList());
    }

    @Override
    public String format() {
        return "Excel (.xlsx)";
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public void rows(Predicate<TableRow> visitor) throws IOException {
        sheetRows(TableFile.afterHeader(visitor));
    }

    /** Thrown from the SAX handler to stop reading once the visitor has had enough. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    private void sheetRows(Predicate<TableRow> visitor) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(path.toFile(), PackageAccess.READ)) {
            var reader = new XSSFReader(pkg);
            var strings = new ReadOnlySharedStringsTable(pkg);
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new UnreadableFileException("import.error.empty", path.toString());
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = SAXHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(
                        reader.getStylesTable(),
                        strings,
                        new Rows(visitor),
                        new DataFormatter(java.util.Locale.JAPAN),
                        false));
                parser.parse(new InputSource(sheet));
            } catch (Stop stop) {
                // the visitor asked for no more rows
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            if (e instanceof UnreadableFileException unreadable) {
                throw unreadable;
            }
            throw new UnreadableFileException("import.error.xlsx", String.valueOf(e.getMessage()));
        }
    }

    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final Predicate<TableRow> visitor;
        private final List<String> cells = new ArrayList<>();
        private int line;

        Rows(Predicate<TableRow> visitor) {
            this.visitor = visitor;
        }

        @Override
        public void startRow(int rowNum) {
            line = rowNum + 1;
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            if (!visitor.test(new TableRow(line, cells))) {
                throw new Stop();
            }
        }

        @Override
        public void cell(String reference, @Nullable String formattedValue, @Nullable XSSFComment comment) {
            int column = new org.apache.poi.ss.util.CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue);
        }
    }
}
