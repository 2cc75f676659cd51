package app.kiroku.mail.ui;

import app.kiroku.mail.MailEntry;
import com.vaadin.flow.component.Component;
import org.jspecify.annotations.Nullable;

/** A mail's last error as screens show it: Kiroku's own reasons translated, server errors as the server wrote them. */
final class MailErrorText {

    private MailErrorText() {}

    static @Nullable String of(MailEntry mail, Component shownIn) {
        String error = mail.lastError();
        return error != null && mail.errorIsMessageKey() ? shownIn.getTranslation(error) : error;
    }
}
