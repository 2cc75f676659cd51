package app.kiroku.admin.ui;

import app.kiroku.shared.ui.Formats;
import app.kiroku.user.UserAdminService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * Shows a temporary password once, for the admin to hand over, with the time it signs in until; the user must change
 * it at the next login.
 */
final class TemporaryPasswordDialog {

    private TemporaryPasswordDialog() {}

    static void show(String loginId, UserAdminService.Issued issued) {
        UI ui = UI.getCurrent();
        var dialog = new Dialog();
        dialog.setHeaderTitle(ui.getTranslation("user.temporary.title"));
        dialog.setId("temporary-password-dialog");
        var value = new Span(issued.temporaryPassword());
        value.addClassName("kiroku-secret");
        value.setId("temporary-password");
        dialog.add(
                new Paragraph(ui.getTranslation(
                        "user.temporary.text", loginId, Formats.dateTime(issued.validUntil(), ui.getLocale()))),
                value);
        var ok = new Button(ui.getTranslation("common.ok"), e -> dialog.close());
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(ok);
        dialog.open();
    }
}
