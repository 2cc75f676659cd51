package app.kiroku.master;

import java.io.Serial;

/** A value still used by records, customers or users cannot be deleted; it can be retired instead. */
public class MasterInUseException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long usages;

    public MasterInUseException(long usages) {
        super("Still in use " + usages + " times");
        this.usages = usages;
    }

    public long usages() {
        return usages;
    }
}
