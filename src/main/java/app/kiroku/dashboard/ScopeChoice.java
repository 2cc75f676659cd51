package app.kiroku.dashboard;

/** A scope the signed-in user may choose, with the department's or person's name (blank for everyone). */
public record ScopeChoice(DashboardScope scope, String name) {}
