package app.kiroku.shared.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.function.SerializableFunction;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One column that shows a whole row on two lines, in place of a grid's dense columns while the window is narrow
 * ({@link NarrowScreen}); at a desk the grid keeps its columns as they are. The grid switches on every attach and
 * every resize, so a rotated tablet gets the layout of its new width. The column is made when the window is first
 * found narrow: a desk's session holds it not, nor are its rows' properties sent.
 */
public final class CompactColumn<T> {

    /** The compact column's key; no sort is keyed by it. */
    public static final String KEY = "COMPACT";
    /** The class a grid has while it shows the compact column, for the row styles of kiroku-lists.css. */
    public static final String CLASS_NAME = "kiroku-compact";

    private final Grid<T> grid;
    private final SerializableFunction<Grid<T>, Grid.Column<T>> create;
    private Grid.@Nullable Column<T> compact;

    private CompactColumn(Grid<T> grid, SerializableFunction<Grid<T>, Grid.Column<T>> create) {
        this.grid = grid;
        this.create = create;
    }

    /**
     * Lets the grid switch to the column {@code create} adds (with its renderer and header) when the window is
     * narrow; call it after the dense columns are added.
     */
    public static <T> void follow(Grid<T> grid, SerializableFunction<Grid<T>, Grid.Column<T>> create) {
        var layout = new CompactColumn<>(grid, create);
        NarrowScreen.follow(grid, layout::show);
    }

    private void show(boolean narrow) {
        if (compact == null) {
            if (!narrow) {
                return;
            }
            compact = create.apply(grid).setKey(KEY).setFlexGrow(1);
        }
        boolean toDense = compact.isVisible() && !narrow;
        for (Grid.Column<T> column : grid.getColumns()) {
            column.setVisible(column == compact ? narrow : !narrow);
        }
        grid.setClassName(CLASS_NAME, narrow);
        if (toDense && !grid.getSortOrder().isEmpty()) {
            resendSortOnceHeadersAreDrawn();
        }
    }

    /**
     * A sort chosen in the select while the headers were hidden: their sorters are drawn a frame or two after the
     * columns are shown, and the grid's own indicator update runs on a timeout that can come before them, leaving
     * the header without its arrow. So the client says when the sortable headers are drawn, and the sort is told
     * again then (the grid sends a sort only when it differs from the one it has, hence the clear first).
     */
    private void resendSortOnceHeadersAreDrawn() {
        long sortable = grid.getColumns().stream()
                .filter(c -> c.isVisible() && c.isSortable())
                .count();
        grid.getElement().executeJs("""
                const grid = this;
                return new Promise(drawn => {
                    let frames = 0;
                    const check = () => grid.querySelectorAll('vaadin-grid-sorter').length >= $0 || ++frames > 120
                            ? drawn() : requestAnimationFrame(check);
                    requestAnimationFrame(check);
                });""", sortable).then(ignored -> {
            List<GridSortOrder<T>> sort = List.copyOf(grid.getSortOrder());
            if (!sort.isEmpty() && compact != null && !compact.isVisible()) {
                grid.sort(List.of());
                grid.sort(sort);
            }
        });
    }
}
