package app.kiroku.shared.ui;

import java.util.Locale;

/** The slot through which the main layout shows who is signed in and changes their language. */
public interface AccountMenuActions {

    String displayName();

    String roleLabelKey();

    void changeLanguage(Locale locale);
}
