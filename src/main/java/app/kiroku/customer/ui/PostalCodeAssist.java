package app.kiroku.customer.ui;

import app.kiroku.customer.CustomerRules;
import app.kiroku.customer.PostalAddress;
import app.kiroku.customer.PostalCodes;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Fills 住所 from 郵便番号 as soon as 7 digits are typed. An empty address (or one that is still what this filled in)
 * gets the prefecture, city and town at once. An address the user wrote is never overwritten: the found one is
 * offered with 「住所を置き換える」, because it would drop the street and building typed after the town. When one code
 * covers several towns, the prefecture and city are filled and the towns offered as buttons. An unknown code is
 * said in the postal field's helper text, not as an error: the code may be right and only missing from the data.
 */
class PostalCodeAssist extends Div {

    private final PostalCodes postalCodes;
    private final TextField postalCode;
    private final TextField address;
    private @Nullable String lookedUp;
    private @Nullable String filled;

    PostalCodeAssist(PostalCodes postalCodes, TextField postalCode, TextField address) {
        this.postalCodes = postalCodes;
        this.postalCode = postalCode;
        this.address = address;
        setId("postal-offer");
        addClassName("kiroku-postal-offer");
        getElement().setAttribute("aria-live", "polite");
        setVisible(false);
        // while typing, without waiting for the field to be left; the value change covers paste, autofill and blur
        postalCode
                .getElement()
                .addEventListener(
                        "input",
                        e -> typed(e.getEventData().get("element.value").asString()))
                .addEventData("element.value")
                .debounce(300);
        postalCode.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                typed(e.getValue());
            }
        });
    }

    /** Forgets the last code, for a form that shows another record. */
    void reset() {
        lookedUp = null;
        filled = null;
        postalCode.setHelperText(null);
        hideOffer();
    }

    void typed(@Nullable String value) {
        String code = CustomerRules.normalizePostalCode(value);
        if (code == null) {
            reset();
            return;
        }
        if (code.equals(lookedUp)) {
            return;
        }
        lookedUp = code;
        hideOffer();
        List<PostalAddress> towns = postalCodes.lookup(code);
        postalCode.setHelperText(towns.isEmpty() ? getTranslation("customer.postal.unknown") : null);
        if (towns.isEmpty()) {
            return;
        }
        String current = address.getValue().strip();
        boolean free = current.isEmpty() || current.equals(filled);
        if (!free && towns.stream().anyMatch(town -> current.startsWith(town.text()))) {
            return;
        }
        if (towns.size() == 1) {
            if (free) {
                fill(towns.getFirst().text());
            } else {
                offerReplacement(towns.getFirst().text());
            }
        } else {
            if (free) {
                fill(towns.getFirst().prefecture() + towns.getFirst().city());
            }
            offerTowns(towns);
        }
    }

    private void offerReplacement(String text) {
        var replace = new Button(getTranslation("customer.postal.replace"), e -> choose(text));
        replace.setId("postal-replace");
        replace.addThemeVariants(ButtonVariant.LUMO_SMALL);
        var keep = new Button(getTranslation("customer.postal.keep"), e -> hideOffer());
        keep.setId("postal-keep");
        keep.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        add(new Paragraph(getTranslation("customer.postal.found", text)), replace, keep);
        setVisible(true);
    }

    private void offerTowns(List<PostalAddress> towns) {
        add(new Paragraph(getTranslation("customer.postal.choose")));
        for (int i = 0; i < towns.size(); i++) {
            String text = towns.get(i).text();
            var button = new Button(text, e -> choose(text));
            button.setId("postal-town-" + i);
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add(button);
        }
        setVisible(true);
    }

    private void choose(String text) {
        fill(text);
        hideOffer();
        address.focus();
    }

    private void fill(String text) {
        address.setValue(text);
        filled = text;
        // the browser's draft of the form listens for change events, which a value set by the server does not fire
        address.getElement().executeJs("this.dispatchEvent(new Event('change', {bubbles: true}))");
    }

    private void hideOffer() {
        removeAll();
        setVisible(false);
    }
}
