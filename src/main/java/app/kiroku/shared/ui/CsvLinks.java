package app.kiroku.shared.ui;

import app.kiroku.shared.text.CsvWriter;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;

/**
 * The CSV downloads of a list: UTF-8 with a BOM (today's Excel and everything else) and Shift_JIS (older Excel and
 * Japanese systems that read nothing else), side by side. {@code id} names the UTF-8 link; the other adds "-sjis".
 */
public class CsvLinks extends Span {

    private final Anchor utf8;
    private final Anchor shiftJis;

    public CsvLinks(String id, String fileName, SerializableBiConsumer<DownloadEvent, CsvWriter.Encoding> writer) {
        utf8 = new Anchor(handler(fileName, CsvWriter.Encoding.UTF8, writer), getTranslation("common.csv"));
        utf8.setId(id);
        shiftJis = new Anchor(
                handler(fileName, CsvWriter.Encoding.SHIFT_JIS, writer), getTranslation("common.csv.shiftJis"));
        shiftJis.setId(id + "-sjis");
        shiftJis.getElement().setAttribute("title", getTranslation("common.csv.shiftJis.title"));
        utf8.addClassName("kiroku-link-button");
        shiftJis.addClassName("kiroku-link-button");
        addClassName("kiroku-csv-links");
        add(utf8, shiftJis);
    }

    private static DownloadHandler handler(
            String fileName,
            CsvWriter.Encoding encoding,
            SerializableBiConsumer<DownloadEvent, CsvWriter.Encoding> writer) {
        return event -> {
            event.setFileName(encoding == CsvWriter.Encoding.UTF8 ? fileName + ".csv" : fileName + "-sjis.csv");
            event.setContentType(encoding.contentType());
            writer.accept(event, encoding);
        };
    }
}
