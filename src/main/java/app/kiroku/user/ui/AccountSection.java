package app.kiroku.user.ui;

import com.vaadin.flow.component.Component;

/**
 * A section a later feature adds to アカウント設定 (the user feature comes first and does not know it); the feature
 * implements this slot as a Spring bean, and the screen shows each one below its own sections.
 */
public interface AccountSection {

    /** A new section for the signed-in user, made each time the screen opens. */
    Component create();
}
