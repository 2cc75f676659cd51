package app.kiroku.dashboard.ui;

import app.kiroku.dashboard.DailyReportService;
import app.kiroku.user.Role;
import app.kiroku.user.UserRef;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * 日報: one person's day on one page, for the screen and for print (A4). The person and the date are in the URL
 * ({@code report?user=3&date=2026-11-26}); without them, the signed-in user's today.
 */
@Route("report")
@Menu(title = "nav.report", order = 5, icon = "vaadin:clipboard-text")
@RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
@StyleSheet("styles/kiroku-report.css")
public class DailyReportView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String USER = "user";
    public static final String DATE = "date";

    private final DailyReportService reports;
    private final Clock clock;
    private final long me;
    private final ComboBox<UserRef> person = new ComboBox<>();
    private final DatePicker date = new DatePicker();
    private final Div sheet = new Div();
    private List<UserRef> people = List.of();

    public DailyReportView(DailyReportService reports, AuthenticationContext auth, Clock clock) {
        this.reports = reports;
        this.clock = clock;
        this.me = auth.getAuthenticatedUser(app.kiroku.user.KirokuUser.class)
                .orElseThrow()
                .id();
        addClassNames("kiroku-page", "kiroku-report");
        person.setLabel(getTranslation("report.person"));
        person.setId("report-person");
        person.setItemLabelGenerator(UserRef::name);
        date.setLabel(getTranslation("report.date"));
        date.setId("report-date");
        var previous = new Button(VaadinIcon.ANGLE_LEFT.create(), e -> shift(-1));
        previous.setAriaLabel(getTranslation("report.previous"));
        previous.setId("report-previous");
        var next = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> shift(1));
        next.setAriaLabel(getTranslation("report.nextDay"));
        next.setId("report-next-day");
        var print = new Button(
                getTranslation("report.print"),
                VaadinIcon.PRINT.create(),
                e -> UI.getCurrent().getPage().executeJs("window.print()"));
        print.setId("report-print");
        var controls = new Div(person, date, previous, next, print);
        controls.addClassNames("kiroku-report-controls", "kiroku-no-print");
        person.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                show(e.getValue().id(), date.getValue() == null ? today() : date.getValue(), true);
            }
        });
        date.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && person.getValue() != null) {
                show(person.getValue().id(), e.getValue(), true);
            }
        });
        add(controls, sheet);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        people = reports.people();
        person.setItems(people);
        var query = event.getLocation().getQueryParameters();
        long userId = query.getSingleParameter(USER).map(DailyReportView::id).orElse(me);
        LocalDate day =
                query.getSingleParameter(DATE).map(DailyReportView::date).orElse(null);
        show(userId, day == null ? today() : day, false);
    }

    private void shift(int days) {
        if (person.getValue() != null && date.getValue() != null) {
            show(person.getValue().id(), date.getValue().plusDays(days), true);
        }
    }

    private void show(long userId, LocalDate day, boolean intoUrl) {
        var report = reports.report(userId, day);
        person.setValue(
                people.stream().filter(p -> p.id() == userId).findFirst().orElse(null));
        date.setValue(day);
        sheet.removeAll();
        sheet.add(new DailyReportSheet(report));
        if (intoUrl) {
            UI.getCurrent()
                    .getPage()
                    .getHistory()
                    .replaceState(null, new Location("report", new QueryParameters(query(userId, day))));
        }
    }

    /** The query of a person's day, for links such as 今日の日報. */
    public static Map<String, List<String>> query(long userId, LocalDate day) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        query.put(USER, List.of(String.valueOf(userId)));
        query.put(DATE, List.of(day.toString()));
        return query;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static long id(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static @Nullable LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.title") + " | Kiroku";
    }
}
