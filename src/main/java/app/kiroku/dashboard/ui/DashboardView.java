package app.kiroku.dashboard.ui;

import app.kiroku.dashboard.DashboardScope;
import app.kiroku.dashboard.DashboardService;
import app.kiroku.dashboard.ScopeChoice;
import app.kiroku.user.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * ダッシュボード: how the scope's customers are being approached, at a glance. Customers by 現進捗 and by days
 * since the last contact, records done per person and week, plans ahead and plans overdue; every bar and number
 * opens its list. The scope (everyone, a department, oneself) is in the URL.
 */
@Route("dashboard")
@Menu(title = "nav.dashboard", order = 4, icon = "vaadin:chart")
@RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
@StyleSheet("styles/kiroku-dashboard.css")
public class DashboardView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String SCOPE = "scope";

    private final DashboardService dashboard;
    private final Select<ScopeChoice> scope = new Select<>();
    private final Div panels = new Div();
    private List<ScopeChoice> choices = List.of();

    public DashboardView(DashboardService dashboard) {
        this.dashboard = dashboard;
        addClassNames("kiroku-page", "kiroku-wide", "kiroku-dashboard");
        scope.setLabel(getTranslation("dashboard.scope"));
        scope.setId("dashboard-scope");
        scope.setItemLabelGenerator(this::label);
        scope.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                show(e.getValue().scope());
                UI.getCurrent()
                        .getPage()
                        .getHistory()
                        .replaceState(
                                null,
                                new Location(
                                        "dashboard",
                                        new QueryParameters(Map.of(
                                                SCOPE,
                                                List.of(toText(e.getValue().scope()))))));
            }
        });
        var header = new Div(new H1(getTranslation("dashboard.title")), scope);
        header.addClassName("kiroku-page-header");
        panels.addClassName("kiroku-dashboard-panels");
        panels.setId("dashboard-panels");
        add(header, panels);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        choices = dashboard.scopes();
        scope.setItems(choices);
        String asked = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(SCOPE)
                .orElse("");
        ScopeChoice chosen = choices.stream()
                .filter(c -> toText(c.scope()).equals(asked))
                .findFirst()
                .orElse(choices.getFirst());
        scope.setValue(chosen);
        show(chosen.scope());
    }

    private void show(DashboardScope shown) {
        var build = new DashboardPanels(UI.getCurrent(), shown);
        panels.removeAll();
        panels.add(
                build.progress(dashboard.progress(shown)),
                build.contact(dashboard.contactAges(shown)),
                build.visits(dashboard.visits(shown)),
                build.planned(dashboard.planned(shown)),
                build.overdue(dashboard.overdue(shown)));
    }

    private String label(@Nullable ScopeChoice choice) {
        if (choice == null) {
            return "";
        }
        if (choice.scope().userId() != null) {
            return getTranslation("dashboard.scope.person", choice.name());
        }
        return choice.scope().departmentId() != null ? choice.name() : getTranslation("dashboard.scope.everyone");
    }

    /** The scope as the URL holds it: {@code all}, {@code dept-3} or {@code user-7}. */
    static String toText(DashboardScope scope) {
        if (scope.userId() != null) {
            return "user-" + scope.userId();
        }
        return scope.departmentId() != null ? "dept-" + scope.departmentId() : "all";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " | Kiroku";
    }
}
