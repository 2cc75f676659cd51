package app.kiroku.importing;

import java.nio.file.Path;
import java.util.List;

/** An uploaded file that reads as a table: where it lies, its name, how it was read, and its headers. */
public record ImportFile(Path path, String fileName, String format, List<String> headers) {

    public ImportFile {
        headers = List.copyOf(headers);
    }
}
