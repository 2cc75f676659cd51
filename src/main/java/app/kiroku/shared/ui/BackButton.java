package app.kiroku.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The back control at the top left of detail screens: returns to where the user came from. */
public class BackButton extends Button {

    public BackButton() {
        super(VaadinIcon.ARROW_LEFT.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        setAriaLabel(getTranslation("common.back"));
        setTooltipText(getTranslation("common.back"));
        addClassName("kiroku-back");
        setId("back");
        addClickListener(e -> getUI().ifPresent(ui -> ui.getPage().getHistory().back()));
    }
}
