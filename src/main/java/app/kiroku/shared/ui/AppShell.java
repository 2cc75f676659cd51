package app.kiroku.shared.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page every screen lives in: Lumo with Kiroku's styles, a viewport that shrinks above a tablet's software
 * keyboard (so the field being typed in and the sticky save button stay visible), and an installable web app
 * (manifest, icons made from {@code icons/icon.png}, a service worker whose offline page says that drafts are kept).
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/kiroku.css")
@StyleSheet("styles/kiroku-lists.css")
@Meta(
        name = "viewport",
        content = "width=device-width, initial-scale=1, viewport-fit=cover, " + "interactive-widget=resizes-content")
@PWA(
        name = "Kiroku",
        shortName = "Kiroku",
        description = "Kiroku: sales-negotiation records for field sales teams",
        iconPath = "icons/icon.png",
        offlinePath = "offline.html",
        offlineResources = {"icons/icon.png"},
        themeColor = "#1a4f8b",
        backgroundColor = "#f4f6f9",
        display = "standalone",
        startPath = "")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Kiroku");
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }
}
