package app.kiroku.admin.ui;

import app.kiroku.master.MasterDataService;
import app.kiroku.shared.ui.KeyShortcuts;
import app.kiroku.user.Role;
import app.kiroku.user.UserAdminService;
import app.kiroku.user.UserListItem;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * ユーザー管理 (ADMIN): search, create, edit, reset passwords, deactivate and unlock users. It lives apart from the
 * user feature because it also needs the department master, and user and master must not depend on each other.
 */
@Route("admin/users")
@Menu(title = "nav.users", order = 11, icon = "vaadin:user-card")
@RolesAllowed(Role.ADMIN_NAME)
public class UserAdminView extends Div implements HasDynamicTitle {

    private final UserAdminService users;
    private final TextField keyword = new TextField();
    final Grid<UserListItem> grid = new Grid<>();

    public UserAdminView(UserAdminService users, MasterDataService masters, Clock clock) {
        this.users = users;
        addClassNames("kiroku-page", "kiroku-wide", "kiroku-search");
        keyword.setPlaceholder(getTranslation("user.search.placeholder"));
        keyword.setPrefixComponent(VaadinIcon.SEARCH.create());
        keyword.setClearButtonVisible(true);
        keyword.setId("user-keyword");
        keyword.addClassName("kiroku-search-box");
        var search = new Button(
                VaadinIcon.SEARCH.create(), e -> grid.getDataProvider().refreshAll());
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ICON);
        search.setAriaLabel(getTranslation("common.search"));
        KeyShortcuts.enterClicks(search, keyword);
        search.setId("user-search");
        var create = new Button(
                getTranslation("user.new"),
                VaadinIcon.PLUS.create(),
                e -> new UserEditDialog(
                                users,
                                masters.departments(),
                                null,
                                LocalDateTime.now(clock),
                                () -> grid.getDataProvider().refreshAll())
                        .open());
        create.setId("user-new");
        var bar = new Div(keyword, search, create);
        bar.addClassName("kiroku-search-bar");

        grid.setId("user-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(UserListItem::loginId)
                .setHeader(getTranslation("user.loginId"))
                .setWidth("8rem");
        grid.addColumn(UserListItem::name)
                .setHeader(getTranslation("user.name"))
                .setWidth("9rem");
        grid.addColumn(UserListItem::kana)
                .setHeader(getTranslation("user.kana"))
                .setWidth("10rem");
        grid.addColumn(u -> getTranslation("role." + u.role().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("user.role"))
                .setWidth("7rem")
                .setFlexGrow(0);
        grid.addColumn(UserListItem::departmentName)
                .setHeader(getTranslation("user.department"))
                .setWidth("8rem");
        grid.addColumn(UserListItem::email)
                .setHeader(getTranslation("user.email"))
                .setWidth("12rem");
        grid.addComponentColumn(u -> {
                    LocalDateTime now = LocalDateTime.now(clock);
                    String key = !u.active()
                            ? "user.state.inactive"
                            : u.lockedAt(now)
                                    ? "user.state.locked"
                                    : u.mustChangePassword() ? "user.state.temporary" : "user.state.active";
                    var state = new Span(getTranslation(key));
                    state.addClassNames("kiroku-badge", u.active() && !u.lockedAt(now) ? "is-done" : "is-retired");
                    return state;
                })
                .setHeader(getTranslation("user.state"))
                .setWidth("8rem")
                .setFlexGrow(0);
        grid.setItems(
                q -> users.search(keyword.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> users.count(keyword.getValue()));
        grid.addItemClickListener(e -> new UserEditDialog(
                        users,
                        masters.departments(),
                        e.getItem(),
                        LocalDateTime.now(clock),
                        () -> grid.getDataProvider().refreshAll())
                .open());
        var results = new Div(grid);
        results.addClassName("kiroku-results");
        add(bar, results);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users") + " | Kiroku";
    }
}
