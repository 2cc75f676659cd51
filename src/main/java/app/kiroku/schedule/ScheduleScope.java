package app.kiroku.schedule;

import org.jspecify.annotations.Nullable;

/** Whose schedule: the signed-in user's (no ids), another user's, or a whole department's. */
public record ScheduleScope(@Nullable Long userId, @Nullable Long departmentId) {

    public static final ScheduleScope MINE = new ScheduleScope(null, null);

    public static ScheduleScope user(long userId) {
        return new ScheduleScope(userId, null);
    }

    public static ScheduleScope department(long departmentId) {
        return new ScheduleScope(null, departmentId);
    }

    public boolean mine() {
        return userId == null && departmentId == null;
    }
}
