package app.kiroku.shared.importing;

import java.util.List;

/**
 * A field an import can fill. {@code labelKey} names it on screen; a file's column is matched to it when its header
 * is the label (in any of Kiroku's languages, so Kiroku's own exports need no mapping) or one of {@code headers}.
 */
public record ImportField(String id, String labelKey, boolean required, List<String> headers) {

    public ImportField {
        headers = List.copyOf(headers);
    }

    public static ImportField required(String id, String labelKey, String... headers) {
        return new ImportField(id, labelKey, true, List.of(headers));
    }

    public static ImportField optional(String id, String labelKey, String... headers) {
        return new ImportField(id, labelKey, false, List.of(headers));
    }
}
