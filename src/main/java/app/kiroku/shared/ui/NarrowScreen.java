package app.kiroku.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;

/**
 * Whether the browser window is narrow: a tablet in either orientation or a phone. The width comes from the
 * details the browser sends when the page starts, then from the window's resize events (a rotation is one), so a
 * component follows the device while it is on the page and asks afresh when it is put back.
 */
public final class NarrowScreen {

    /**
     * Below this window width the lists show one compact column: the customer grid's dense columns need 1,056 px
     * of table, which a 10-inch tablet has in neither orientation once the page's padding and the drawer are
     * taken off. Desktop windows are wider.
     */
    public static final int WIDE_FROM = 1200;

    private NarrowScreen() {}

    /** Tells {@code narrow} the state on every attach of {@code owner} and on every resize while it is attached. */
    public static void follow(Component owner, SerializableConsumer<Boolean> narrow) {
        owner.addAttachListener(attach -> {
            Page page = attach.getUI().getPage();
            narrow.accept(isNarrow(page.getExtendedClientDetails().getWindowInnerWidth()));
            Registration resize = page.addBrowserWindowResizeListener(e -> narrow.accept(isNarrow(e.getWidth())));
            owner.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }

    /** An unknown width (none reported) counts as wide: the desktop layout is the default. */
    static boolean isNarrow(int width) {
        return width > 0 && width < WIDE_FROM;
    }
}
