package app.kiroku.schedule.ui;

import app.kiroku.shared.ui.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableRunnable;
import java.time.LocalDateTime;

/**
 * What to register in the clicked slot: 「予定登録」 or 「商談登録」, the latter then 「新規顧客への登録」 or
 * 「既存顧客への登録」. PARTNER users only get 「予定登録」.
 */
class SlotMenuDialog extends Dialog {

    SlotMenuDialog(
            LocalDateTime at,
            boolean allDay,
            boolean negotiationsAllowed,
            SerializableRunnable plainEntry,
            SerializableRunnable newCustomer,
            SerializableRunnable existingCustomer) {
        setHeaderTitle(
                Formats.date(at.toLocalDate(), getLocale()) + (allDay ? "" : " " + Formats.time(at.toLocalTime())));
        setId("slot-menu");
        var entry = button("schedule.menu.entry", VaadinIcon.CALENDAR_CLOCK, "slot-entry", plainEntry);
        var first = new Div(entry);
        first.addClassName("kiroku-menu-buttons");
        add(first);
        if (negotiationsAllowed) {
            var register = new Button(getTranslation("negotiation.register"), VaadinIcon.NOTEBOOK.create());
            register.setId("slot-negotiation");
            register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            first.add(register);
            var newCustomerButton =
                    button("schedule.menu.newCustomer", VaadinIcon.PLUS, "slot-new-customer", newCustomer);
            var second = new Div(
                    new Paragraph(getTranslation("schedule.menu.which")),
                    newCustomerButton,
                    button(
                            "schedule.menu.existingCustomer",
                            VaadinIcon.USERS,
                            "slot-existing-customer",
                            existingCustomer));
            second.addClassName("kiroku-menu-buttons");
            second.setVisible(false);
            register.addClickListener(e -> {
                first.setVisible(false);
                second.setVisible(true);
                // the pressed button is gone: the focus moves on to the choice that replaced it
                newCustomerButton.focus();
            });
            add(second);
        }
        var cancel = new Button(getTranslation("form.cancel"), e -> close());
        getFooter().add(cancel);
    }

    private Button button(String key, VaadinIcon icon, String id, SerializableRunnable action) {
        var button = new Button(getTranslation(key), icon.create(), e -> {
            close();
            action.run();
        });
        button.setId(id);
        return button;
    }
}
