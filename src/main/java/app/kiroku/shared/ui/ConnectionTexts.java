package app.kiroku.shared.ui;

import com.vaadin.flow.component.ReconnectDialogConfiguration;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * The texts of Vaadin's connection indicator (shown while the server cannot be reached) in the UI's language, and
 * saying that the input is kept on this device. Set after each navigation, when the user's language is known.
 */
@Component
class ConnectionTexts implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.addAfterNavigationListener(navigated -> apply(ui));
        });
    }

    static void apply(UI ui) {
        ReconnectDialogConfiguration texts = ui.getReconnectDialogConfiguration();
        texts.setDialogText(ui.getTranslation("connection.reconnecting"));
        texts.setDialogTextGaveUp(ui.getTranslation("connection.lost"));
    }
}
