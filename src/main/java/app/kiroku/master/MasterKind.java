package app.kiroku.master;

/** The three master lists admins keep. Only progress flags have a colour. */
public enum MasterKind {
    DEPARTMENT,
    PROGRESS,
    RANK;

    public boolean hasColor() {
        return this == PROGRESS;
    }
}
