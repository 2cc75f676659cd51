package app.kiroku.master.ui;

import app.kiroku.master.MasterAdminService;
import app.kiroku.master.MasterItem;
import app.kiroku.master.MasterKind;
import app.kiroku.shared.data.ConcurrentEditException;
import app.kiroku.shared.ui.Dialogs;
import app.kiroku.shared.ui.KeyShortcuts;
import app.kiroku.shared.validation.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;
import org.jspecify.annotations.Nullable;

/**
 * Add or rename a master value (and pick a progress flag's colour). Errors show at the field; a value someone else
 * changed since the list was loaded is not saved over.
 */
class MasterItemDialog extends Dialog {

    final TextField name = new TextField();
    final Input color = new Input();
    private final Span colorError = new Span();

    MasterItemDialog(
            MasterAdminService masters, MasterKind kind, @Nullable MasterItem item, SerializableRunnable saved) {
        setHeaderTitle(getTranslation(item == null ? "master.add.title" : "master.edit.title"));
        setId("master-dialog");
        name.setLabel(getTranslation("master.name"));
        name.setMaxLength(MasterAdminService.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        name.setId("master-name");
        name.setWidthFull();
        name.setValue(item == null ? "" : item.name());
        add(name);
        if (kind.hasColor()) {
            color.setType("color");
            color.setId("master-color");
            color.setValue(item == null || item.color() == null ? "#1e88e5" : item.color());
            var label = new NativeLabel(getTranslation("master.color"));
            label.setFor(color);
            colorError.addClassName("kiroku-error-text");
            var row = new Div(label, color, colorError);
            row.addClassName("kiroku-color-row");
            add(row);
        }
        var cancel = new Button(getTranslation("form.cancel"), e -> close());
        var save = new Button(getTranslation("common.saveShort"), e -> {
            try {
                String chosen = kind.hasColor() ? color.getValue() : null;
                if (item == null) {
                    masters.add(kind, name.getValue(), chosen);
                } else {
                    masters.rename(kind, item.id(), item.version(), name.getValue(), chosen);
                }
                close();
                saved.run();
            } catch (InvalidInputException invalid) {
                String nameKey = invalid.messageKeysByField().get("name");
                name.setInvalid(nameKey != null);
                name.setErrorMessage(nameKey == null ? null : getTranslation(nameKey));
                String colorKey = invalid.messageKeysByField().get("color");
                colorError.setText(colorKey == null ? "" : getTranslation(colorKey));
            } catch (ConcurrentEditException conflict) {
                // what was typed stays in the dialog unless the admin chooses the saved version
                Dialogs.conflict(conflict, () -> {
                    close();
                    saved.run();
                });
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // Enter in the name saves; a global Enter would also fire on the focused button and save twice
        KeyShortcuts.enterClicks(save, name);
        save.setId("master-save");
        getFooter().add(cancel, save);
        name.focus();
    }
}
