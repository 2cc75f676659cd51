package app.kiroku.customer.ui;

import app.kiroku.master.ContactBand;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.Locale;

/**
 * 最終接触 in the customer list: the last 対応日 after a dot in its band's colour (blue, yellow, red) or 未対応,
 * with the band's meaning as text for screen readers. Drawn in the browser from three properties, like
 * {@code ProgressBadge}.
 */
final class ContactLabel {

    private static final String TEMPLATE = "<span class=\"kiroku-contact is-${item.contactBand}\""
            + " title=\"${item.contactMeaning}\"><span class=\"kiroku-sr-only\">${item.contactMeaning} </span>"
            + "${item.contactText}</span>";

    private ContactLabel() {
    }

    static LitRenderer<CustomerRow> renderer(UI ui) {
        return LitRenderer.<CustomerRow>of(TEMPLATE)
                .withProperty("contactBand", row -> cssName(row.contactBand()))
                .withProperty("contactMeaning", row -> meaning(ui, row.contactBand()))
                .withProperty("contactText", row -> row.contactBand() == ContactBand.NEVER
                        ? ui.getTranslation("contact.band.never") : row.lastContact());
    }

    static String cssName(ContactBand band) {
        return band.name().toLowerCase(Locale.ROOT);
    }

    static String meaning(UI ui, ContactBand band) {
        return ui.getTranslation("contact.band." + cssName(band));
    }
}
