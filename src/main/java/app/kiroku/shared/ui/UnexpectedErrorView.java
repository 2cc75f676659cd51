package app.kiroku.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A screen failed to open for a reason nobody foresaw: the user reads a plain message and an id to quote to the
 * administrator, never the exception's text; the log has the details under the same id.
 */
@AnonymousAllowed
public class UnexpectedErrorView extends Div implements HasErrorParameter<Exception> {

    private final Paragraph reference = new Paragraph();

    public UnexpectedErrorView() {
        addClassNames("kiroku-page", "kiroku-not-found");
        setId("unexpected-error");
        reference.setId("error-reference");
        add(new H1(getTranslation("error.unexpected.title")), new Paragraph(getTranslation("error.unexpected")),
                reference, new Anchor("", getTranslation("error.notFound.home")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String id = ErrorHandling.logUnexpected("Could not open " + event.getLocation().getPathWithQueryParameters(),
                parameter.getCaughtException());
        reference.setText(getTranslation("error.reference", id));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
