package app.kiroku.master;

/**
 * How long ago a customer was last contacted, measured against the {@link ContactThresholds}: recent (blue),
 * getting old (yellow), left alone (red), or never contacted at all.
 */
public enum ContactBand {
    RECENT,
    AGING,
    STALE,
    NEVER
}
