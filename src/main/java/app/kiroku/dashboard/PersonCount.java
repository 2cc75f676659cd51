package app.kiroku.dashboard;

/** A number for one person (records handled by them). */
public record PersonCount(long userId, String name, int count) {}
