package app.kiroku.shared.ui;

import com.vaadin.flow.component.Synchronize;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.Renderer;

/**
 * A grid column whose frozen side, alignment and resizability only the server sets: they are not read back from
 * the browser. Flow listens for a property event per such property on every {@link Grid.Column} so that a
 * browser-side change reaches the server, each a DOM listener with its description in the UI's constant pool, held
 * for every column of every open session; Kiroku's lists never change them in the browser. The width and flex a
 * user drags are still read back ({@code column-drag-resize}), so that a list put back on the page keeps them.
 * Each getter here is redeclared with no events: Flow reads a class's own {@code @Synchronize} before its
 * supertypes'.
 */
public class ServerLaidColumn<T> extends Grid.Column<T> {

    public ServerLaidColumn(Grid<T> grid, String columnId, Renderer<T> renderer) {
        super(grid, columnId, renderer);
    }

    @Override
    @Synchronize({})
    public boolean isResizable() {
        return super.isResizable();
    }

    @Override
    @Synchronize({})
    public boolean isFrozen() {
        return super.isFrozen();
    }

    @Override
    @Synchronize({})
    public boolean isFrozenToEnd() {
        return super.isFrozenToEnd();
    }

    @Override
    @Synchronize({})
    public ColumnTextAlign getTextAlign() {
        return super.getTextAlign();
    }
}
