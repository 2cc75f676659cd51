package app.kiroku.dashboard;

import app.kiroku.customer.ContactAge;
import app.kiroku.customer.CustomerTallies;
import app.kiroku.master.ContactBand;
import app.kiroku.master.ContactThresholds;
import app.kiroku.master.MasterDataService;
import app.kiroku.negotiation.NegotiationTallies;
import app.kiroku.user.CurrentUser;
import app.kiroku.user.InHouseOnly;
import app.kiroku.user.KirokuUser;
import app.kiroku.user.Role;
import app.kiroku.user.UserRef;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * ダッシュボード: customers by 現進捗 and by days since the last contact, records done per person and week, plans
 * ahead and plans overdue. STAFF see themselves or their own department; ADMIN any department or everyone; any
 * other scope is refused ({@link ScopeGuard}).
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    /** Weeks of records done that the dashboard shows, the current one included. */
    public static final int WEEKS = 12;
    /** Days of plans ahead, today included. */
    public static final int DAYS_AHEAD = 14;

    private final DashboardRepository repository;
    private final CustomerTallies tallies;
    private final NegotiationTallies records;
    private final MasterDataService masters;
    private final CurrentUser currentUser;
    private final ScopeGuard guard;
    private final ScopePeople scopePeople;
    private final Clock clock;

    DashboardService(
            DashboardRepository repository,
            CustomerTallies tallies,
            NegotiationTallies records,
            MasterDataService masters,
            CurrentUser currentUser,
            ScopeGuard guard,
            ScopePeople scopePeople,
            Clock clock) {
        this.repository = repository;
        this.tallies = tallies;
        this.records = records;
        this.scopePeople = scopePeople;
        this.masters = masters;
        this.currentUser = currentUser;
        this.guard = guard;
        this.clock = clock;
    }

    /** The scopes the signed-in user may choose, the default first. */
    @InHouseOnly
    public List<ScopeChoice> scopes() {
        KirokuUser me = currentUser.require();
        List<ScopeChoice> choices = new ArrayList<>();
        if (me.role() == Role.ADMIN) {
            choices.add(new ScopeChoice(DashboardScope.EVERYONE, ""));
            choices.addAll(repository.departments());
        } else {
            Long department = me.departmentId();
            if (department != null) {
                choices.add(new ScopeChoice(
                        DashboardScope.department(department),
                        repository.departmentName(department).orElse("")));
            }
        }
        choices.add(new ScopeChoice(DashboardScope.person(me.id()), me.name()));
        return choices;
    }

    @InHouseOnly
    public List<ProgressCount> progress(DashboardScope scope) {
        return repository.byProgress(tallies.byProgress(allowed(scope).tallyScope()));
    }

    /** Customers per band of the administrator's thresholds, recent first, never contacted last. */
    @InHouseOnly
    public List<BandCount> contactAges(DashboardScope scope) {
        DashboardScope allowed = allowed(scope);
        ContactThresholds thresholds = masters.contactThresholds();
        List<ContactAge> ages = Arrays.stream(ContactBand.values())
                .map(band -> ContactAge.of(band, thresholds))
                .toList();
        List<Integer> counts = tallies.byContactAge(allowed.tallyScope(), ages, today());
        List<BandCount> result = new ArrayList<>();
        for (ContactBand band : ContactBand.values()) {
            result.add(new BandCount(band, ages.get(band.ordinal()), counts.get(band.ordinal())));
        }
        return result;
    }

    /** Records done per person per week, for the last {@link #WEEKS} weeks (this one included). */
    @InHouseOnly
    public WeeklyVisits visits(DashboardScope scope) {
        DashboardScope allowed = allowed(scope);
        List<UserRef> people = scopePeople.of(allowed);
        LocalDate thisWeek = today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<LocalDate> weeks = new ArrayList<>();
        for (int w = WEEKS - 1; w >= 0; w--) {
            weeks.add(thisWeek.minusWeeks(w));
        }
        var done = people.isEmpty()
                ? Map.<Long, Map<LocalDate, Integer>>of()
                : records.doneByDay(handlers(allowed, people), weeks.getFirst(), WeeklyVisits.weekEnd(thisWeek));
        List<WeeklyVisits.Person> rows = new ArrayList<>();
        for (UserRef person : people) {
            Map<LocalDate, Integer> days = done.getOrDefault(person.id(), Map.of());
            List<Integer> counts = weeks.stream()
                    .map(start -> days.entrySet().stream()
                            .filter(day -> !day.getKey().isBefore(start)
                                    && !day.getKey().isAfter(WeeklyVisits.weekEnd(start)))
                            .mapToInt(Map.Entry::getValue)
                            .sum())
                    .toList();
            rows.add(new WeeklyVisits.Person(person.id(), person.name(), counts));
        }
        return new WeeklyVisits(weeks, rows);
    }

    /** Plans without 対応日 per person from today for {@link #DAYS_AHEAD} days. */
    @InHouseOnly
    public PersonCounts planned(DashboardScope scope) {
        LocalDate today = today();
        return openPlans(allowed(scope), today, today.plusDays(DAYS_AHEAD - 1));
    }

    /** Plans whose 予定日 has passed without 対応日, per person. */
    @InHouseOnly
    public PersonCounts overdue(DashboardScope scope) {
        return openPlans(allowed(scope), null, today().minusDays(1));
    }

    private PersonCounts openPlans(DashboardScope scope, @Nullable LocalDate from, LocalDate to) {
        List<UserRef> people = scopePeople.of(scope);
        Map<Long, Integer> counts = people.isEmpty() ? Map.of() : records.openPlans(handlers(scope, people), from, to);
        return new PersonCounts(
                from,
                to,
                people.stream()
                        .map(person -> new PersonCount(person.id(), person.name(), counts.getOrDefault(person.id(), 0)))
                        .toList());
    }

    private DashboardScope allowed(DashboardScope scope) {
        return guard.allowed(scope);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The handlers to count: null for everyone, whose counts are read for all at once and picked per person. */
    private static @Nullable List<Long> handlers(DashboardScope scope, List<UserRef> people) {
        return scope.equals(DashboardScope.EVERYONE)
                ? null
                : people.stream().map(UserRef::id).toList();
    }
}
