package app.kiroku.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.KirokuBrowserlessTest;
import app.kiroku.SignIn;
import app.kiroku.TestData;
import app.kiroku.customer.CustomerFilter;
import app.kiroku.customer.CustomerService;
import app.kiroku.customer.ui.CustomerSearchView;
import app.kiroku.dashboard.BandCount;
import app.kiroku.dashboard.DashboardScope;
import app.kiroku.dashboard.DashboardService;
import app.kiroku.dashboard.PersonCount;
import app.kiroku.dashboard.ProgressCount;
import app.kiroku.dashboard.ScopeChoice;
import app.kiroku.dashboard.WeeklyVisits;
import app.kiroku.master.ContactBand;
import app.kiroku.negotiation.NegotiationFilter;
import app.kiroku.negotiation.NegotiationService;
import app.kiroku.negotiation.ui.NegotiationSearchView;
import app.kiroku.shared.chart.ChartData;
import app.kiroku.shared.chart.KirokuChart;
import app.kiroku.shared.ui.ErrorPage;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

class DashboardViewTest extends KirokuBrowserlessTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    DashboardService dashboard;

    @Autowired
    CustomerService customers;

    @Autowired
    NegotiationService negotiations;

    @Autowired
    DSLContext dsl;

    private KirokuChart chart(String panel) {
        return $(KirokuChart.class).id(panel + "-chart");
    }

    @SuppressWarnings("unchecked")
    private Select<ScopeChoice> scope() {
        return $(Select.class).id("dashboard-scope");
    }

    @Test
    void staffSeeTheirDepartmentFirstAndEveryPanelDraws() {
        SignIn.as(users, "staff1");
        navigate(DashboardView.class);
        var department = DashboardScope.department(TestData.department(dsl, "営業一課"));

        assertThat(scope().getValue().scope()).isEqualTo(department);
        assertThat(test(scope()).getSuggestions()).containsExactly("営業一課", "佐藤 健一（自分）");
        for (String panel :
                List.of("panel-progress", "panel-contact", "panel-visits", "panel-planned", "panel-overdue")) {
            assertThat($(Div.class).id(panel).isVisible()).as(panel).isTrue();
        }
        List<ProgressCount> progress = dashboard.progress(department);
        ChartData shown = chart("panel-progress").getData();
        assertThat(shown.series().getFirst().values())
                .isEqualTo(progress.stream().map(ProgressCount::count).toList());
        assertThat(shown.series().getFirst().itemColors().getFirst())
                .isEqualTo(progress.getFirst().color());
        assertThat(shown.categories().getFirst()).isEqualTo(progress.getFirst().name());
        WeeklyVisits visits = dashboard.visits(department);
        assertThat(chart("panel-visits").getData().series())
                .extracting(ChartData.Series::name)
                .isEqualTo(
                        visits.people().stream().map(WeeklyVisits.Person::name).toList());
    }

    @Test
    void aClickOnAProgressBarOpensTheCustomersBehindIt() {
        SignIn.as(users, "staff1");
        navigate(DashboardView.class);
        var department = DashboardScope.department(TestData.department(dsl, "営業一課"));
        List<ProgressCount> progress = dashboard.progress(department);
        // the largest bar of a flag (customers without progress have no list of their own)
        int bar = indexOfLargest(progress.stream()
                .map(p -> p.progressId() == null ? -1 : p.count())
                .toList());
        assertThat(progress.get(bar).count()).isPositive();

        chart("panel-progress").clickBar(0, bar);

        assertThat(getCurrentView()).isInstanceOf(CustomerSearchView.class);
        var filter = CustomerFilter.fromQuery(
                UI.getCurrent().getActiveViewLocation().getQueryParameters().getParameters());
        assertThat(filter.departmentId()).isEqualTo(department.departmentId());
        assertThat(filter.progressIds()).containsExactly(progress.get(bar).progressId());
        assertThat(test($(Grid.class).id("customer-grid")).size())
                .isEqualTo(progress.get(bar).count());
    }

    @Test
    void aClickOnABandOpensTheCustomersLeftAloneThatLong() {
        SignIn.as(users, "staff1");
        navigate(DashboardView.class);
        var department = DashboardScope.department(TestData.department(dsl, "営業一課"));
        List<BandCount> bands = dashboard.contactAges(department);

        chart("panel-contact").clickBar(0, ContactBand.STALE.ordinal());

        assertThat(getCurrentView()).isInstanceOf(CustomerSearchView.class);
        var filter = CustomerFilter.fromQuery(
                UI.getCurrent().getActiveViewLocation().getQueryParameters().getParameters());
        BandCount stale = bands.get(ContactBand.STALE.ordinal());
        assertThat(filter.lastContact()).isEqualTo(stale.age());
        assertThat(customers.count(filter)).isEqualTo(stale.count()).isPositive();
    }

    @Test
    void aClickOnAWeekOrAPersonsPlansOpensTheirRecords() {
        SignIn.as(users, "staff1");
        navigate(DashboardView.class);
        var department = DashboardScope.department(TestData.department(dsl, "営業一課"));
        WeeklyVisits visits = dashboard.visits(department);
        int person = indexOfLargest(
                visits.people().stream().map(p -> p.counts().getLast()).toList());
        int last = visits.weeks().size() - 1;

        chart("panel-visits").clickBar(person, last);

        assertThat(getCurrentView()).isInstanceOf(NegotiationSearchView.class);
        var filter = NegotiationFilter.fromQuery(
                UI.getCurrent().getActiveViewLocation().getQueryParameters().getParameters());
        assertThat(filter.handlerId()).isEqualTo(visits.people().get(person).userId());
        assertThat(negotiations.count(filter))
                .isEqualTo(visits.people().get(person).counts().getLast());

        navigate(DashboardView.class);
        List<PersonCount> overdue = dashboard.overdue(department).people();
        int late = indexOfLargest(overdue.stream().map(PersonCount::count).toList());
        chart("panel-overdue").clickBar(0, late);
        var open = NegotiationFilter.fromQuery(
                UI.getCurrent().getActiveViewLocation().getQueryParameters().getParameters());
        assertThat(open.openOnly()).isTrue();
        assertThat(test($(Grid.class).id("negotiation-grid")).size())
                .isEqualTo(overdue.get(late).count())
                .isPositive();
    }

    @Test
    void everyNumberHasItsTableWithTheSameLinks() {
        SignIn.as(users, "staff1");
        navigate(DashboardView.class);
        var department = DashboardScope.department(TestData.department(dsl, "営業一課"));
        var table = $(Div.class).id("panel-contact").getElement().getOuterHTML();
        for (BandCount band : dashboard.contactAges(department)) {
            String href = DashboardLinks.of(DashboardLinks.contact(department, band.age()))
                    .href();
            assertThat(table).contains("href=\"" + href.replace("&", "&amp;") + "\"");
            assertThat(table).contains(">" + band.count() + "</a>");
        }
        assertThat(table).contains("<th scope=\"row\">放置 (31日以上)</th>");
    }

    @Test
    void staffCannotChooseAnotherDepartmentByTheAddress() {
        SignIn.as(users, "staff1");
        long other = TestData.department(dsl, "営業二課");
        UI.getCurrent()
                .navigate(
                        DashboardView.class,
                        new QueryParameters(Map.of(DashboardView.SCOPE, List.of("dept-" + other))));
        assertThat(scope().getValue().scope().departmentId()).isNotEqualTo(other);
        assertThat(chart("panel-progress").getData().series().getFirst().values())
                .isEqualTo(dashboard.progress(scope().getValue().scope()).stream()
                        .map(ProgressCount::count)
                        .toList());
    }

    @Test
    void adminsChooseEveryoneOrAnyDepartment() {
        SignIn.as(users, "admin");
        navigate(DashboardView.class);
        assertThat(scope().getValue().scope()).isEqualTo(DashboardScope.EVERYONE);
        assertThat(test(scope()).getSuggestions()).startsWith("全部署", "営業一課", "営業二課");
        test(scope()).selectItem("営業二課");
        var department = DashboardScope.department(TestData.department(dsl, "営業二課"));
        assertThat(chart("panel-progress").getData().series().getFirst().values())
                .isEqualTo(dashboard.progress(department).stream()
                        .map(ProgressCount::count)
                        .toList());
    }

    @Test
    void partnersCannotOpenTheDashboard() {
        SignIn.as(users, "partner1");
        UI.getCurrent().navigate("dashboard");
        assertThat(getCurrentView()).isInstanceOf(ErrorPage.class);
    }

    private static int indexOfLargest(List<Integer> values) {
        int best = 0;
        for (int i = 1; i < values.size(); i++) {
            if (values.get(i) > values.get(best)) {
                best = i;
            }
        }
        return best;
    }
}
