package app.kiroku.dashboard;

import app.kiroku.user.CurrentUser;
import app.kiroku.user.InHouseOnly;
import app.kiroku.user.KirokuUser;
import app.kiroku.user.Role;
import app.kiroku.user.UserRef;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 日報: a person's day for the manager or themselves. STAFF read their own and their department's people's days,
 * ADMIN anyone's; others are refused ({@link ScopeGuard}).
 */
@Service
@Transactional(readOnly = true)
public class DailyReportService {

    private final DailyReportRepository reports;
    private final ScopePeople people;
    private final ScopeGuard guard;
    private final CurrentUser currentUser;

    DailyReportService(DailyReportRepository reports, ScopePeople people, ScopeGuard guard, CurrentUser currentUser) {
        this.reports = reports;
        this.people = people;
        this.guard = guard;
        this.currentUser = currentUser;
    }

    /** The people whose 日報 the signed-in user may read: everyone in-house for ADMIN, else their department. */
    @InHouseOnly
    public List<UserRef> people() {
        KirokuUser me = currentUser.require();
        if (me.role() == Role.ADMIN) {
            return people.of(DashboardScope.EVERYONE);
        }
        return people.of(
                me.departmentId() != null
                        ? DashboardScope.department(me.departmentId())
                        : DashboardScope.person(me.id()));
    }

    @InHouseOnly
    public DailyReport report(long userId, LocalDate date) {
        guard.mayRead(userId);
        String name = reports.name(userId).orElseThrow(() -> new NoSuchElementException("No user " + userId));
        List<DailyReport.Done> done = reports.done(userId, date);
        return new DailyReport(
                userId,
                name,
                date,
                done,
                reports.entries(userId, date),
                reports.nextPlans(done.stream().map(DailyReport.Done::id).toList(), date));
    }
}
