package app.kiroku.importing;

import java.util.Map;

/** A column mapping kept under a name: for each field id, the header of the column that fills it. */
public record SavedMapping(String name, Map<String, String> headerByField) {

    public SavedMapping {
        headerByField = Map.copyOf(headerByField);
    }
}
