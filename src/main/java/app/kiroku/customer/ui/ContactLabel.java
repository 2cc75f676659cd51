package app.kiroku.customer.ui;

import app.kiroku.master.ContactBand;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.Locale;

/**
 * 最終接触 in the customer list: the days since the last 対応日 after a dot in its band's colour (blue, yellow,
 * red), or 未対応, with the band's meaning and the date for screen readers and as a tooltip. Drawn in the browser
 * from three properties, like {@code ProgressBadge}.
 */
final class ContactLabel {

    /** The label inside a larger row template, drawn from the properties {@link #properties} adds. */
    static final String TEMPLATE = "<span class=\"kiroku-contact is-${item.contactBand}\""
            + " title=\"${item.contactMeaning}\"><span class=\"kiroku-sr-only\">${item.contactMeaning} </span>"
            + "${item.contactText}</span>";

    private ContactLabel() {}

    static LitRenderer<CustomerRow> renderer(Component i18n) {
        return properties(LitRenderer.of(TEMPLATE), i18n);
    }

    static LitRenderer<CustomerRow> properties(LitRenderer<CustomerRow> renderer, Component i18n) {
        return renderer.withProperty("contactBand", row -> cssName(row.contactBand()))
                .withProperty("contactMeaning", row -> meaning(i18n, row))
                .withProperty(
                        "contactText",
                        row -> row.contactBand() == ContactBand.NEVER
                                ? i18n.getTranslation("contact.band.never")
                                : i18n.getTranslation("contact.daysAgo", row.daysSinceContact()));
    }

    static String cssName(ContactBand band) {
        return band.name().toLowerCase(Locale.ROOT);
    }

    private static String meaning(Component i18n, CustomerRow row) {
        String band = i18n.getTranslation("contact.band." + cssName(row.contactBand()));
        return row.contactBand() == ContactBand.NEVER
                ? band
                : i18n.getTranslation("contact.meaning", band, row.lastContact());
    }
}
