package app.kiroku;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.dom.DebouncePhase;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;

/** The browser window's width as a browserless test's UI is told it: on start and on a resize. */
public final class BrowserWindow {

    private BrowserWindow() {}

    /** The width the browser reports when the page starts, before any view is opened. */
    public static void opensAt(int width, int height) {
        ExtendedClientDetails.updateFromValues(UI.getCurrent(), key -> switch (key) {
            case "v-ww", "v-bw" -> String.valueOf(width);
            case "v-wh", "v-bh" -> String.valueOf(height);
            default -> null;
        });
    }

    /** The window's resize event, as the browser sends it after a rotation. */
    public static void resizesTo(int width, int height) {
        opensAt(width, height);
        var ui = UI.getCurrent().getElement();
        // the page's listener is debounced: the event is its trailing one
        var data = JacksonUtils.createObjectNode()
                .put("event.w", width)
                .put("event.h", height)
                .put(ElementListenerMap.ALWAYS_TRUE_FILTER, true)
                .put("for", DebouncePhase.TRAILING.getIdentifier());
        ui.getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(ui, "window-resize", data));
    }
}
