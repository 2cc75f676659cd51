package app.kiroku.shared.data;

/** Whether Kiroku runs its own embedded MariaDB or uses one configured from outside. */
public enum DatabaseMode {
    EMBEDDED,
    EXTERNAL
}
