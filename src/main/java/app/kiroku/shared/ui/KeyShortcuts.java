package app.kiroku.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.ShortcutRegistration;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.server.Command;

/**
 * Kiroku's keyboard shortcuts: Ctrl+S saves, Enter searches, Esc closes. A field sends its value to the server when
 * it changes or loses focus, which is after the key press a shortcut listens for; so every shortcut here first
 * blurs the focused field and focuses it again ({@link ShortcutRegistration#resetFocusOnActiveElement()}), and the
 * text typed just before the key arrives with it.
 */
public final class KeyShortcuts {

    private KeyShortcuts() {}

    /**
     * Ctrl+S runs {@code save} while {@code owner} is on screen, and the browser's own "save page" does not open.
     */
    public static ShortcutRegistration save(Component owner, Command save) {
        return Shortcuts.addShortcutListener(owner, save, Key.KEY_S, KeyModifier.CONTROL)
                .resetFocusOnActiveElement();
    }

    /** Esc runs {@code close} while {@code owner} is on screen. */
    public static ShortcutRegistration close(Component owner, Command close) {
        return Shortcuts.addShortcutListener(owner, close, Key.ESCAPE);
    }

    /** Enter in {@code field} clicks {@code button}, e.g. 検索 from the keyword box. */
    public static ShortcutRegistration enterClicks(Button button, Component field) {
        return button.addClickShortcut(Key.ENTER).listenOn(field).resetFocusOnActiveElement();
    }
}
