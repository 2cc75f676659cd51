package app.kiroku.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/**
 * What users see for an unknown address and for a screen they may not open. Both look the same on purpose, so a
 * PARTNER user learns nothing about which records exist.
 */
public abstract class ErrorPage extends Div {

    protected ErrorPage() {
        addClassNames("kiroku-page", "kiroku-not-found");
        setId("not-found");
        add(
                new H1(getTranslation("error.notFound.title")),
                new Paragraph(getTranslation("error.notFound.message")),
                new Anchor("", getTranslation("error.notFound.home")));
    }
}
