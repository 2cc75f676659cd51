package app.kiroku.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.KirokuBrowserlessTest;
import app.kiroku.SignIn;
import app.kiroku.TestClock;
import app.kiroku.TestData;
import app.kiroku.dashboard.DailyReport;
import app.kiroku.dashboard.DailyReportService;
import app.kiroku.home.ui.HomeView;
import app.kiroku.user.UserRef;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

class DailyReportViewTest extends KirokuBrowserlessTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    DailyReportService reports;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DSLContext dsl;

    @Test
    void todaysReportIsOneClickFromTheHomeScreen() {
        SignIn.as(users, "staff1");
        navigate(HomeView.class);
        var link = $(RouterLink.class).id("home-report");
        long staff1 = TestData.userId(dsl, "staff1");
        assertThat(link.getHref())
                .startsWith("report?")
                .contains("user=" + staff1)
                .contains("date=" + TestClock.TODAY);

        String[] href = link.getHref().split("\\?", 2);
        UI.getCurrent().navigate(href[0], QueryParameters.fromString(href[1]));

        assertThat(getCurrentView()).isInstanceOf(DailyReportView.class);
        assertThat($(H1.class).id("report-title").getText()).isEqualTo("佐藤 健一さんの日報 2026/11/26 (木)");
        assertThat($(DatePicker.class).id("report-date").getValue()).isEqualTo(TestClock.TODAY);
    }

    @Test
    void aBusyDayShowsEveryRecordInTimeOrderWithItsReport() {
        SignIn.as(users, "staff1");
        long staff1 = TestData.userId(dsl, "staff1");
        LocalDate day = jdbc.queryForObject(
                "SELECT done_date FROM negotiation WHERE handler_id = ? AND done_date"
                        + " IS NOT NULL GROUP BY done_date ORDER BY COUNT(*) DESC, done_date DESC LIMIT 1",
                LocalDate.class,
                staff1);
        UI.getCurrent().navigate(DailyReportView.class, new QueryParameters(DailyReportView.query(staff1, day)));

        DailyReport report = reports.report(staff1, day);
        var done = $(Div.class).withClassName("is-done").all();
        assertThat(done).hasSameSizeAs(report.done()).isNotEmpty();
        for (int i = 0; i < done.size(); i++) {
            String text = done.get(i).getElement().getTextRecursively();
            assertThat(text).contains(report.done().get(i).customerName());
            if (report.done().get(i).report() != null
                    && !report.done().get(i).report().isBlank()) {
                assertThat(text).contains(report.done().get(i).report());
            }
        }
        test($(Button.class).id("report-next-day")).click();
        assertThat($(DatePicker.class).id("report-date").getValue()).isEqualTo(day.plusDays(1));
    }

    @Test
    void staffChooseAmongTheirDepartmentAndAnotherDepartmentsDayIsRefused() {
        SignIn.as(users, "staff1");
        navigate(DailyReportView.class);
        @SuppressWarnings("unchecked")
        ComboBox<UserRef> person = $(ComboBox.class).id("report-person");
        assertThat(test(person).getSuggestionItems())
                .extracting(UserRef::name)
                .contains("高橋 翔太")
                .doesNotContain("鈴木 美咲");

        UI.getCurrent()
                .navigate(
                        DailyReportView.class,
                        new QueryParameters(
                                Map.of(DailyReportView.USER, List.of(String.valueOf(TestData.userId(dsl, "staff2"))))));
        assertThat(getCurrentView()).isNotInstanceOf(DailyReportView.class);
        assertThat($(Div.class).withId("report-sheet").exists()).isFalse();
    }
}
