package app.kiroku.shared.ui;

import app.kiroku.shared.i18n.KirokuI18nProvider;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.text.BreakIterator;
import java.util.Locale;
import org.jsoup.nodes.Entities;
import org.jspecify.annotations.Nullable;

/**
 * Who is signed in, as a button in the navbar; its menu (role, language, account settings, log out) is built the
 * first time it is opened, so that a session that never opens it does not hold it.
 */
class UserMenu extends Button {

    private final AccountMenuActions account;
    private final AuthenticationContext authentication;
    private @Nullable Popover menu;

    UserMenu(AccountMenuActions account, AuthenticationContext authentication) {
        this.account = account;
        this.authentication = authentication;
        String name = Entities.escape(account.displayName());
        String initial = Entities.escape(initial(account.displayName())).replace("\"", "&quot;");
        setIcon(new Html("<span class=\"kiroku-user-trigger\"><vaadin-avatar class=\"kiroku-avatar\" abbr=\""
                + initial + "\"></vaadin-avatar><span class=\"kiroku-user-name\">" + name + "</span>"
                + "<vaadin-icon icon=\"vaadin:chevron-down-small\"></vaadin-icon></span>"));
        addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        addClassName("kiroku-user-menu");
        setId("user-menu");
        setAriaLabel(account.displayName());
        addClickListener(e -> {
            if (menu == null) {
                menu = menu();
                menu.open();
            }
        });
    }

    /**
     * Japanese names read best as their first character, not as initials of each word. The first character as a
     * reader sees it: 𠮷 (two UTF-16 units), か with a separate voicing mark, an emoji sequence.
     */
    static String initial(String name) {
        String trimmed = name.strip();
        if (trimmed.isEmpty()) {
            return "";
        }
        var characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(trimmed);
        return trimmed.substring(0, characters.next());
    }

    private Popover menu() {
        var popover = new Popover();
        popover.setTarget(this);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.addClassName("kiroku-user-popover");
        var role = new Span(getTranslation(account.roleLabelKey()));
        role.addClassName("kiroku-muted");
        var japanese = item(
                getTranslation("layout.language.ja"), "language-ja", () -> switchLanguage(KirokuI18nProvider.JAPANESE));
        var english = item(
                getTranslation("layout.language.en"), "language-en", () -> switchLanguage(KirokuI18nProvider.ENGLISH));
        var language = new Div(new Span(getTranslation("layout.language")), japanese, english);
        language.addClassName("kiroku-user-language");
        var settings = item(
                getTranslation("layout.account"),
                "account",
                () -> UI.getCurrent().navigate("account"));
        var logout = item(getTranslation("layout.logout"), "logout", authentication::logout);
        var items = new Div(role, language, settings, logout);
        items.addClassName("kiroku-user-items");
        popover.add(items);
        return popover;
    }

    private Button item(String label, String id, Runnable action) {
        var button = new Button(label, e -> {
            if (menu != null) {
                menu.close();
            }
            action.run();
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setId(id);
        return button;
    }

    private void switchLanguage(Locale locale) {
        account.changeLanguage(locale);
        UI ui = UI.getCurrent();
        ui.getSession().setLocale(locale);
        ui.getPage().reload();
    }
}
