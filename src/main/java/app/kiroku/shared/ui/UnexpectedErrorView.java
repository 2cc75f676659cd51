package app.kiroku.shared.ui;

import app.kiroku.shared.data.DatabaseFailures;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A screen failed to open for a reason nobody foresaw: the user reads a plain message and an id to quote to the
 * administrator, never the exception's text; the log has the details under the same id.
 */
@AnonymousAllowed
public class UnexpectedErrorView extends Div implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorView.class);

    private final H1 title = new H1(getTranslation("error.unexpected.title"));
    private final Paragraph message = new Paragraph(getTranslation("error.unexpected"));
    private final Paragraph reference = new Paragraph();

    public UnexpectedErrorView() {
        addClassNames("kiroku-page", "kiroku-not-found");
        setId("unexpected-error");
        message.setId("error-message");
        reference.setId("error-reference");
        add(title, message, reference, new Anchor("", getTranslation("error.notFound.home")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Exception error = parameter.getCaughtException();
        String where = event.getLocation().getPathWithQueryParameters();
        if (DatabaseFailures.isUnreachable(error)) {
            // the database is down or restarting: no bug to quote, the same page works once it is back
            log.warn("Could not open {}: database unreachable: {}", where, ErrorHandling.rootMessage(error));
            title.setText(getTranslation("error.databaseUnavailable.title"));
            message.setText(getTranslation("error.databaseUnavailable.page"));
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        String id = ErrorHandling.logUnexpected("Could not open " + where, error);
        reference.setText(getTranslation("error.reference", id));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
