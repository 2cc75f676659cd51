package app.kiroku.schedule;

import app.kiroku.user.CurrentUser;
import app.kiroku.user.InHouseOnly;
import app.kiroku.user.KirokuUser;
import app.kiroku.user.Role;
import app.kiroku.user.SignedIn;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * スケジュール: what a user's (or a department's) calendar shows for a range. Negotiation records are
 * customer-linked (never for PARTNER users); plain entries are open to all, but a PARTNER only ever sees their own.
 */
@Service
@Transactional(readOnly = true)
public class ScheduleService {

    /**
     * The longest range one call reads: the calendar's month view shows six weeks (42 days), a list over a month
     * or two fits in 62, and nothing needs more; a longer range would read years of records at once.
     */
    public static final int MAX_RANGE_DAYS = 62;

    private final ScheduleRepository schedule;
    private final CurrentUser currentUser;

    ScheduleService(ScheduleRepository schedule, CurrentUser currentUser) {
        this.schedule = schedule;
        this.currentUser = currentUser;
    }

    /** Records on the handler's and the 担当者's schedules, on 対応日 if set, else on 予定日. */
    @InHouseOnly
    public List<ScheduleItem> negotiations(ScheduleScope scope, LocalDate from, LocalDate to) {
        checkRange(from, to);
        List<Long> users = users(scope);
        return users.isEmpty() ? List.of() : schedule.negotiations(users, from, to);
    }

    /** Plain 予定 owned or joined; PARTNER users may only ask for their own. */
    @SignedIn
    public List<ScheduleItem> entries(ScheduleScope scope, LocalDate from, LocalDate to) {
        KirokuUser me = currentUser.require();
        if (me.role() == Role.PARTNER && !scope.mine()) {
            throw new AccessDeniedException("Partners see only their own schedule");
        }
        checkRange(from, to);
        List<Long> users = users(scope);
        return users.isEmpty() ? List.of() : schedule.entries(users, from, to);
    }

    /** [from, to) must be a range forwards of at most {@link #MAX_RANGE_DAYS} days. */
    private static void checkRange(LocalDate from, LocalDate to) {
        if (!to.isAfter(from) || ChronoUnit.DAYS.between(from, to) > MAX_RANGE_DAYS) {
            throw new IllegalArgumentException("Schedule range " + from + " to " + to + " is empty, reversed or "
                    + "longer than " + MAX_RANGE_DAYS + " days");
        }
    }

    private List<Long> users(ScheduleScope scope) {
        if (scope.departmentId() != null) {
            return schedule.activeUsersOfDepartment(scope.departmentId());
        }
        return List.of(
                scope.userId() != null ? scope.userId() : currentUser.require().id());
    }
}
