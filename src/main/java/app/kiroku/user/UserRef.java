package app.kiroku.user;

import org.jspecify.annotations.Nullable;

/** A user as pickers and lists show them. */
public record UserRef(
        long id, String name, String kana, @Nullable Long departmentId, Role role, boolean active) {}
