package app.kiroku.dashboard.ui;

import app.kiroku.customer.ContactAge;
import app.kiroku.customer.CustomerFilter;
import app.kiroku.dashboard.DashboardScope;
import app.kiroku.dashboard.PersonCounts;
import app.kiroku.dashboard.WeeklyVisits;
import app.kiroku.negotiation.NegotiationFilter;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The list behind each number of the dashboard: 顧客検索 or 商談検索 with the same criteria in the URL, so the list
 * counts what the panel counted.
 */
final class DashboardLinks {

    static final String CUSTOMERS = "customers";
    static final String NEGOTIATIONS = "negotiations";

    private DashboardLinks() {}

    /** A route and its query. */
    record Link(String route, QueryParameters query) {

        String href() {
            String text = query.getQueryString();
            return text.isEmpty() ? route : route + "?" + text;
        }
    }

    /** The scope's customers: those assigned to the person, or to someone of the department. */
    static CustomerFilter customers(DashboardScope scope) {
        return contact(scope, null);
    }

    /** The scope's customers with this 現進捗. */
    static CustomerFilter progress(DashboardScope scope, long progressId) {
        return scoped(scope).progresses(Set.of(progressId)).build();
    }

    /** The scope's customers last contacted within {@code age} (any time when {@code null}). */
    static CustomerFilter contact(DashboardScope scope, @Nullable ContactAge age) {
        return scoped(scope).lastContact(age).build();
    }

    private static CustomerFilter.Builder scoped(DashboardScope scope) {
        return CustomerFilter.builder().assignee(scope.userId()).department(scope.departmentId());
    }

    /** A person's records done in the week from {@code weekStart}. */
    static NegotiationFilter visits(long userId, LocalDate weekStart) {
        return new NegotiationFilter(
                "",
                null,
                null,
                weekStart,
                WeeklyVisits.weekEnd(weekStart),
                false,
                userId,
                Set.of(),
                Set.of(),
                Set.of(),
                "");
    }

    /** A person's records without 対応日 planned in the range of {@code counts}. */
    static NegotiationFilter openPlans(long userId, PersonCounts counts) {
        return openPlans(userId, counts.from(), counts.to());
    }

    static NegotiationFilter openPlans(long userId, @Nullable LocalDate from, LocalDate to) {
        return new NegotiationFilter("", from, to, null, null, false, userId, Set.of(), Set.of(), Set.of(), "", true);
    }

    static Link of(CustomerFilter filter) {
        return new Link(CUSTOMERS, new QueryParameters(filter.toQuery()));
    }

    static Link of(NegotiationFilter filter) {
        return new Link(NEGOTIATIONS, new QueryParameters(filter.toQuery()));
    }
}
