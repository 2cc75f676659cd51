package app.kiroku.shared.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.jsoup.nodes.Entities;

/**
 * The frame around every signed-in view: a side navigation built from the {@code @Menu} routes the user may open
 * (so entries appear as features land, and only for the roles allowed), and the user menu.
 * <p>
 * What never changes while the user works (the brand, the navigation) is static markup, one element each: every
 * server-side component costs memory in every session, and these would be some thirty. The navigation's web
 * component marks the current entry itself, and the router follows its links without reloading the page.
 */
@Layout
@PermitAll
@Uses(SideNav.class)
@Uses(Avatar.class)
@Uses(Icon.class)
@JsModule("./src/kiroku-a11y.ts")
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final Span viewTitle = new Span();
    /** The open screen, a landmark that the skip link moves the focus to. */
    private final Main main = new Main();

    public MainLayout(AccountMenuActions account, AuthenticationContext authentication) {
        setPrimarySection(Section.DRAWER);
        addClassName("kiroku-main");

        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));
        viewTitle.addClassName("kiroku-header-title");
        viewTitle.setId("view-title");
        main.addClassName("kiroku-content");
        main.setId("main-content");
        main.getElement().setAttribute("tabindex", "-1");
        // a button rather than a link to "#main-content": the page's <base> would make such a link a navigation
        var skip = new Button(
                getTranslation("layout.skipToContent"), e -> main.getElement().executeJs("this.focus()"));
        skip.addClassName("kiroku-skip-link");
        skip.setId("skip-link");
        var header = new HorizontalLayout(skip, toggle, viewTitle, new UserMenu(account, authentication));
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.addClassName("kiroku-header");
        addToNavbar(header);

        addToDrawer(brand(), navigation());
        setContent(main);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        main.getElement().appendChild(content.getElement());
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        main.getElement().removeAllChildren();
    }

    private Html brand() {
        return new Html("<div class=\"kiroku-brand\"><span class=\"kiroku-logo\">記</span>"
                + "<div class=\"kiroku-brand-words\"><span class=\"kiroku-brand-name\">Kiroku</span>"
                + "<span class=\"kiroku-brand-sub\">" + text(getTranslation("app.tagline")) + "</span></div></div>");
    }

    /** The navbar names the open screen, as a desktop program's title bar does. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String title = event.getActiveChain().stream()
                .filter(target -> target != this && target instanceof HasDynamicTitle)
                .map(target -> ((HasDynamicTitle) target).getPageTitle())
                .findFirst()
                .orElse("");
        viewTitle.setText(title.replace(" | Kiroku", ""));
    }

    /** The entries of the routes this user may open (MenuConfiguration asks the access checks), in their order. */
    private Html navigation() {
        var markup = new StringBuilder("<vaadin-side-nav class=\"kiroku-nav\" id=\"main-nav\">");
        MenuConfiguration.getMenuEntries().forEach(entry -> {
            markup.append("<vaadin-side-nav-item path=\"")
                    .append(attribute(entry.path()))
                    .append("\">");
            if (entry.icon() != null) {
                markup.append("<vaadin-icon slot=\"prefix\" icon=\"")
                        .append(attribute(entry.icon()))
                        .append("\"></vaadin-icon>");
            }
            markup.append(text(getTranslation(entry.title()))).append("</vaadin-side-nav-item>");
        });
        return new Html(markup.append("</vaadin-side-nav>").toString());
    }

    private static String text(String text) {
        return Entities.escape(text);
    }

    private static String attribute(String value) {
        return Entities.escape(value).replace("\"", "&quot;");
    }
}
