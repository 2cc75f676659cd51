package app.kiroku.dashboard;

import app.kiroku.user.CurrentUser;
import app.kiroku.user.KirokuUser;
import app.kiroku.user.Role;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Whose numbers and days the signed-in user may see: ADMIN everyone's, STAFF their own and their department's.
 * Anything else is refused with {@link AccessDeniedException}, in the service call that reads it.
 */
@Component
class ScopeGuard {

    private final CurrentUser currentUser;
    private final ScopePeople people;

    ScopeGuard(CurrentUser currentUser, ScopePeople people) {
        this.currentUser = currentUser;
        this.people = people;
    }

    DashboardScope allowed(DashboardScope scope) {
        KirokuUser me = currentUser.require();
        if (me.role() == Role.ADMIN) {
            return scope;
        }
        boolean self = Objects.equals(scope.userId(), me.id());
        boolean ownDepartment =
                scope.departmentId() != null && scope.departmentId().equals(me.departmentId());
        if (!self && !ownDepartment) {
            throw new AccessDeniedException("Only their own or their department's numbers");
        }
        return scope;
    }

    /** The person's data, if the signed-in user may see it: oneself, or someone of one's department. */
    void mayRead(long userId) {
        KirokuUser me = currentUser.require();
        if (me.role() == Role.ADMIN || me.id() == userId) {
            return;
        }
        boolean colleague = me.departmentId() != null
                && people.of(DashboardScope.department(me.departmentId())).stream()
                        .anyMatch(person -> person.id() == userId);
        if (!colleague) {
            throw new AccessDeniedException("Only their own or their department's days");
        }
    }
}
