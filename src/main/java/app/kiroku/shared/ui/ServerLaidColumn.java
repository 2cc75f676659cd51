package app.kiroku.shared.ui;

import com.vaadin.flow.component.Synchronize;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.Renderer;

/**
 * A grid column whose layout only the server sets: its width, flex, frozen side and alignment are not read back
 * from the browser. Flow listens for five property events on every {@link Grid.Column} so that a browser-side change
 * reaches the server; for columns the user can at most resize (which the browser draws by itself), that is five
 * DOM listeners, with their descriptions in the UI's constant pool, held for every column of every open session.
 * Each getter here is redeclared with no events: Flow reads a class's own {@code @Synchronize} before its
 * supertypes'.
 */
public class ServerLaidColumn<T> extends Grid.Column<T> {

    public ServerLaidColumn(Grid<T> grid, String columnId, Renderer<T> renderer) {
        super(grid, columnId, renderer);
    }

    @Override
    @Synchronize({})
    public String getWidth() {
        return super.getWidth();
    }

    @Override
    @Synchronize({})
    public int getFlexGrow() {
        return super.getFlexGrow();
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
