package app.kiroku.shared.text;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * CSV that Excel opens correctly: UTF-8 with a BOM (or Shift_JIS, for older Excel and other systems' importers,
 * where a character Shift_JIS lacks becomes {@code ?}), CRLF line ends, fields quoted when they need it, and text that
 * Excel would run as a formula (a cell beginning with {@code = + - @}, their full-width forms, a tab or a CR) made
 * plain text by a leading apostrophe. Numbers are written as they are.
 */
public final class CsvWriter implements AutoCloseable {

    private final Writer out;

    /** The two encodings offered: UTF-8 with a BOM, and Shift_JIS as Windows writes it (Windows-31J). */
    public enum Encoding {
        UTF8,
        SHIFT_JIS;

        public String contentType() {
            return this == UTF8 ? "text/csv; charset=UTF-8" : "text/csv; charset=Shift_JIS";
        }
    }

    public CsvWriter(OutputStream stream) {
        this(stream, Encoding.UTF8);
    }

    public CsvWriter(OutputStream stream, Encoding encoding) {
        if (encoding == Encoding.UTF8) {
            this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            write("\uFEFF");
        } else {
            this.out = new OutputStreamWriter(
                    stream,
                    java.nio.charset.Charset.forName("windows-31j")
                            .newEncoder()
                            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE)
                            .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE));
        }
    }

    public void row(List<? extends @Nullable Object> fields) {
        var line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(quote(fields.get(i)));
        }
        write(line.append("\r\n").toString());
    }

    private static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

    static String quote(@Nullable Object value) {
        String text = value == null ? "" : value.toString();
        if (value instanceof CharSequence && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    /**
     * A cell of a file this writer wrote, as it was before {@link #quote} guarded it: the apostrophe in front of a
     * formula-like text is taken off again, so an export reads back as what was exported.
     */
    public static String unguarded(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1)
                : cell;
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
