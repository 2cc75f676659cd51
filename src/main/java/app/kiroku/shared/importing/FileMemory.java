package app.kiroku.shared.importing;

import java.util.HashMap;
import java.util.Map;

/**
 * The match keys met so far in one file, each with the row that had it first: how a row is found to repeat an
 * earlier one. One entry per distinct key, so it grows with the file's distinct entries, not with its bytes.
 */
public final class FileMemory {

    private final Map<String, Integer> firstLine = new HashMap<>();

    /** The earlier row with {@code key}, or 0 after noting that {@code line} is the first. */
    public int seen(String key, int line) {
        Integer earlier = firstLine.putIfAbsent(key, line);
        return earlier == null ? 0 : earlier;
    }
}
