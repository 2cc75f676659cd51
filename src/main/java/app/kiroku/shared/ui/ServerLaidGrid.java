package app.kiroku.shared.ui;

import com.vaadin.flow.component.Synchronize;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.Renderer;

/**
 * A grid whose columns are {@link ServerLaidColumn}s and which does not read back from the browser the two grid
 * properties the browser never changes here (column reordering allowed, all rows visible): each listener so saved
 * would be held per grid per open session.
 */
public class ServerLaidGrid<T> extends Grid<T> {

    public ServerLaidGrid() {
        super();
    }

    /** @see Grid#Grid(Class, boolean) */
    public ServerLaidGrid(Class<T> beanType, boolean autoCreateColumns) {
        super(beanType, autoCreateColumns);
    }

    @Override
    protected Column<T> createColumn(Renderer<T> renderer, String columnId) {
        return new ServerLaidColumn<>(this, columnId, renderer);
    }

    @Override
    @Synchronize({})
    public boolean isColumnReorderingAllowed() {
        return super.isColumnReorderingAllowed();
    }

    @Override
    @Synchronize({})
    public boolean isAllRowsVisible() {
        return super.isAllRowsVisible();
    }
}
