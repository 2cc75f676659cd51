package app.kiroku.negotiation.ui;

import app.kiroku.negotiation.NegotiationHeading;
import app.kiroku.shared.ui.CompactColumn;
import app.kiroku.shared.ui.Formats;
import app.kiroku.shared.ui.ProgressBadge;
import app.kiroku.shared.ui.ServerLaidGrid;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;

/** Columns that the 見出し list and the cross search share, and the compact one of a narrow screen. */
final class HeadingColumns {

    private HeadingColumns() {}

    static Grid<NegotiationHeading> grid(String id) {
        var grid = new ServerLaidGrid<NegotiationHeading>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setPageSize(50);
        grid.addItemClickListener(e -> UI.getCurrent()
                .navigate(NegotiationDetailView.class, e.getItem().id()));
        return grid;
    }

    static void date(Grid<NegotiationHeading> grid) {
        grid.addColumn(h -> Formats.date(h.date(), UI.getCurrent().getLocale())
                        + (h.time() == null ? "" : " " + Formats.time(h.time())))
                .setHeader(grid.getTranslation("negotiation.date"))
                .setWidth("12.5rem")
                .setFlexGrow(0);
    }

    static void progress(Grid<NegotiationHeading> grid) {
        grid.addColumn(ProgressBadge.renderer(NegotiationHeading::progressName, NegotiationHeading::progressColor))
                .setHeader(grid.getTranslation("negotiation.progress"))
                .setWidth("8rem")
                .setFlexGrow(0);
    }

    static void state(Grid<NegotiationHeading> grid) {
        String done = grid.getTranslation("negotiation.state.done");
        String planned = grid.getTranslation("negotiation.state.planned");
        // drawn in the browser: no component per row for the session to hold
        grid.addColumn(LitRenderer.<NegotiationHeading>of("<span class=\"kiroku-badge ${item.done ? 'is-done' :"
                                + " 'is-planned'}\">${item.label}</span>")
                        .withProperty("done", NegotiationHeading::done)
                        .withProperty("label", h -> h.done() ? done : planned))
                .setHeader(grid.getTranslation("negotiation.state"))
                .setWidth("5.5rem")
                .setFlexGrow(0);
    }

    static void handler(Grid<NegotiationHeading> grid) {
        grid.addColumn(NegotiationHeading::handlerName)
                .setHeader(grid.getTranslation("negotiation.handler"))
                .setWidth("8rem")
                .setFlexGrow(0);
    }

    /** The one column a narrow screen shows; {@code withCustomer}: the list is not one customer's. */
    static void compact(Grid<NegotiationHeading> grid, boolean withCustomer) {
        CompactColumn.follow(
                grid,
                g -> g.addColumn(RecordCompactRow.renderer(
                                g,
                                h -> new RecordCompactRow.Line(
                                        h.date(),
                                        h.time(),
                                        h.done(),
                                        h.progressName(),
                                        h.progressColor(),
                                        withCustomer ? h.customerName() : null,
                                        h.handlerName(),
                                        h.headline())))
                        .setHeader(compactHeader(g)));
    }

    /** 日付・状態・進捗: what the compact rows begin with. */
    static String compactHeader(Grid<?> grid) {
        return String.join(
                grid.getTranslation("common.listSeparator"),
                grid.getTranslation("negotiation.date"),
                grid.getTranslation("negotiation.state"),
                grid.getTranslation("negotiation.progress"));
    }

    static void headline(Grid<NegotiationHeading> grid) {
        grid.addColumn(NegotiationHeading::headline)
                .setHeader(grid.getTranslation("negotiation.headline"))
                .setFlexGrow(1);
    }
}
