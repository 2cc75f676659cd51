package app.kiroku.shared.ui;

import app.kiroku.shared.i18n.KirokuI18nProvider;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * The frame around every signed-in view: a side navigation built from the {@code @Menu} routes the user may open
 * (so entries appear as features land, and only for the roles allowed), and the user menu.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final Span viewTitle = new Span();

    public MainLayout(AccountMenuActions account, AuthenticationContext authentication) {
        setPrimarySection(Section.DRAWER);
        addClassName("kiroku-main");

        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));
        viewTitle.addClassName("kiroku-header-title");
        viewTitle.setId("view-title");
        var header = new HorizontalLayout(toggle, viewTitle, userMenu(account, authentication));
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.addClassName("kiroku-header");
        addToNavbar(header);

        addToDrawer(brand(), navigation());
    }

    /** The brand is static: one element with its markup, not a component per line (each costs session memory). */
    private Html brand() {
        return new Html("<div class=\"kiroku-brand\"><span class=\"kiroku-logo\">記</span>"
                + "<div class=\"kiroku-brand-words\"><span class=\"kiroku-brand-name\">Kiroku</span>"
                + "<span class=\"kiroku-brand-sub\">" + Jsoup.clean(getTranslation("app.tagline"), Safelist.none())
                + "</span></div></div>");
    }

    /** The navbar names the open screen, as a desktop program's title bar does. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String title = getContent() instanceof HasDynamicTitle dynamic ? dynamic.getPageTitle() : "";
        viewTitle.setText(title.replace(" | Kiroku", ""));
    }

    private SideNav navigation() {
        var nav = new SideNav();
        nav.addClassName("kiroku-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> {
            var item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        });
        return nav;
    }

    private MenuBar userMenu(AccountMenuActions account, AuthenticationContext authentication) {
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.addClassName("kiroku-user-menu");
        menu.setId("user-menu");

        var avatar = new Avatar(account.displayName());
        // Japanese names read best as their first character, not as initials of each word
        avatar.setAbbreviation(account.displayName().substring(0, 1));
        avatar.addClassName("kiroku-avatar");
        var name = new Span(account.displayName());
        name.addClassName("kiroku-user-name");
        var trigger = new HorizontalLayout(avatar, name, new Icon(VaadinIcon.CHEVRON_DOWN_SMALL));
        trigger.setAlignItems(FlexComponent.Alignment.CENTER);
        trigger.setSpacing(false);
        trigger.addClassName("kiroku-user-trigger");

        var root = menu.addItem(trigger);
        var sub = root.getSubMenu();
        var role = sub.addItem(getTranslation(account.roleLabelKey()));
        role.setEnabled(false);
        var language = sub.addItem(getTranslation("layout.language"));
        language.getSubMenu().addItem(getTranslation("layout.language.ja"), e -> switchLanguage(account, KirokuI18nProvider.JAPANESE))
                .setId("language-ja");
        language.getSubMenu().addItem(getTranslation("layout.language.en"), e -> switchLanguage(account, KirokuI18nProvider.ENGLISH))
                .setId("language-en");
        sub.addItem(getTranslation("layout.account"), e -> UI.getCurrent().navigate("account")).setId("account");
        sub.addItem(getTranslation("layout.logout"), e -> authentication.logout()).setId("logout");
        return menu;
    }

    private static void switchLanguage(AccountMenuActions account, Locale locale) {
        account.changeLanguage(locale);
        UI ui = UI.getCurrent();
        ui.getSession().setLocale(locale);
        ui.getPage().reload();
    }
}
