package app.kiroku.shared.importing;

import java.util.List;

/** Rows checked and ready: {@link #write} stores those not refused or skipped, in the caller's transaction. */
public interface PreparedBatch {

    List<RowResult> rows();

    void write(long userId, long importId);

    /**
     * Whether this batch may be written while the batch before it is still being written, on another connection.
     * Only a batch whose writes take no lock another batch could wait for may; the default is no.
     */
    default boolean overlaps() {
        return false;
    }
}
