package app.kiroku.shared.importing;

import java.util.List;

/** Rows checked and ready: {@link #write} stores those not refused or skipped, in the caller's transaction. */
public interface PreparedBatch {

    List<RowResult> rows();

    void write(long userId, long importId);
}
