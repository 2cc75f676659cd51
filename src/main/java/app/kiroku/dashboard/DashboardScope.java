package app.kiroku.dashboard;

import app.kiroku.customer.CustomerTallies;
import app.kiroku.user.UserRef;
import org.jspecify.annotations.Nullable;

/**
 * Whose numbers a dashboard shows: everyone ({@link #EVERYONE}, both {@code null}), one department's people and
 * their customers, or one person's. STAFF may choose themselves and their own department, ADMIN anything.
 */
public record DashboardScope(
        @Nullable Long departmentId, @Nullable Long userId) {

    public static final DashboardScope EVERYONE = new DashboardScope(null, null);

    public DashboardScope {
        if (departmentId != null && userId != null) {
            throw new IllegalArgumentException("a scope is a department or a person, not both");
        }
    }

    public static DashboardScope department(long departmentId) {
        return new DashboardScope(departmentId, null);
    }

    public static DashboardScope person(long userId) {
        return new DashboardScope(null, userId);
    }

    /** Whether the person is one of the scope's people. */
    public boolean includes(UserRef user) {
        if (userId != null) {
            return user.id() == userId;
        }
        return departmentId == null || departmentId.equals(user.departmentId());
    }

    /** The customers this scope counts: those with an assignee among its people. */
    CustomerTallies.Scope tallyScope() {
        if (userId != null) {
            return CustomerTallies.Scope.assignee(userId);
        }
        return departmentId != null ? CustomerTallies.Scope.department(departmentId) : CustomerTallies.Scope.everyone();
    }
}
