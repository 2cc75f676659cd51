package app.kiroku.shared.ui;

import app.kiroku.shared.data.ConcurrentEditException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.Locale;

/** The few dialogs and notices every form uses, worded the same everywhere. */
public final class Dialogs {

    private Dialogs() {}

    public static void saved(String message) {
        var notification = Notification.show(message, 3000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String message) {
        var notification = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** "Discard what you typed?" — only asked when something was typed. */
    public static void confirmDiscard(SerializableRunnable discard) {
        UI ui = UI.getCurrent();
        var dialog = new ConfirmDialog(
                ui.getTranslation("form.discard.title"),
                ui.getTranslation("form.discard.text"),
                ui.getTranslation("form.discard.confirm"),
                e -> discard.run());
        dialog.setCancelable(true);
        dialog.setCancelText(ui.getTranslation("form.discard.keep"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setId("discard-dialog");
        dialog.open();
    }

    /**
     * Someone else saved first: the form keeps what was typed; the user may reload the saved version (losing their
     * input) or close the notice and compare.
     */
    public static void conflict(ConcurrentEditException conflict, SerializableRunnable reload) {
        UI ui = UI.getCurrent();
        Locale locale = ui.getLocale();
        var dialog = new ConfirmDialog(
                ui.getTranslation("form.conflict.title"),
                ui.getTranslation(
                        "form.conflict.text", conflict.editorName(), Formats.dateTime(conflict.editedAt(), locale)),
                ui.getTranslation("form.conflict.reload"),
                e -> reload.run());
        dialog.setCancelable(true);
        dialog.setCancelText(ui.getTranslation("form.conflict.keep"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setId("conflict-dialog");
        dialog.open();
    }
}
