package app.kiroku.shared.ui;

import app.kiroku.shared.data.DatabaseFailures;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** One place that turns failures into messages users can read; no stack trace ever reaches the screen. */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);
    private static final String MESSAGE = "kiroku.errorMessage";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(ErrorHandling::handle));
    }

    static void handle(ErrorEvent event) {
        Throwable error = event.getThrowable();
        UI ui = UI.getCurrent();
        String message;
        if (causedBy(error, AccessDeniedException.class)) {
            log.warn("Access denied: {}", error.getMessage());
            message = ui == null ? "" : ui.getTranslation("error.accessDenied");
        } else if (DatabaseFailures.isUnreachable(error)) {
            log.warn("Database unreachable: {}", rootMessage(error));
            message = ui == null ? "" : ui.getTranslation("error.databaseUnavailable");
        } else if (DatabaseFailures.isRetryable(error)) {
            log.warn("Transaction rolled back by a lock conflict, the user is asked to retry: {}", rootMessage(error));
            message = ui == null ? "" : ui.getTranslation("error.retry");
        } else {
            String id = logUnexpected("Unexpected error", error);
            message = ui == null
                    ? ""
                    : ui.getTranslation("error.unexpected") + " " + ui.getTranslation("error.reference", id);
        }
        if (ui != null) {
            ui.access(() -> {
                // one failure often breaks several calls of the same request (a list's count and its rows)
                if (isShown(ui, message)) {
                    return;
                }
                var notification = Notification.show(message, 8000, Notification.Position.TOP_CENTER);
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
                ComponentUtil.setData(notification, MESSAGE, message);
            });
        }
    }

    private static boolean isShown(UI ui, String message) {
        return ui.getChildren()
                .anyMatch(child -> child instanceof Notification notification
                        && notification.isOpened()
                        && message.equals(ComponentUtil.getData(notification, MESSAGE)));
    }

    /** Logs the failure with a short id that the user sees and can quote; returns the id. */
    static String logUnexpected(String what, Throwable error) {
        String id = HexFormat.of()
                .toHexDigits(ThreadLocalRandom.current().nextInt())
                .toUpperCase(Locale.ROOT);
        log.error("{} [error id {}]", what, id, error);
        return id;
    }

    static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
