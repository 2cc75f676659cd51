package app.kiroku.importing;

/** Where an import stands. QUEUED and RUNNING are open; the others are final. */
public enum ImportStatus {
    QUEUED,
    RUNNING,
    DONE,
    CANCELLED,
    FAILED,
    INTERRUPTED;

    public boolean open() {
        return this == QUEUED || this == RUNNING;
    }
}
