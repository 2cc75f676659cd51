package app.kiroku.shared.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.List;

/**
 * One column that shows a whole row on two lines, in place of a grid's dense columns while the window is narrow
 * ({@link NarrowScreen}); at a desk the grid keeps its columns as they are. The grid switches on every attach and
 * every resize, so a rotated tablet gets the layout of its new width.
 */
public final class CompactColumn {

    /** The compact column's key; no sort is keyed by it. */
    public static final String KEY = "COMPACT";
    /** The class a grid has while it shows the compact column, for the row styles of kiroku-lists.css. */
    public static final String CLASS_NAME = "kiroku-compact";

    private CompactColumn() {
    }

    /** Adds the compact column, hidden until the window is found narrow; add it after the dense columns. */
    public static <T> Grid.Column<T> add(Grid<T> grid, LitRenderer<T> rows) {
        Grid.Column<T> compact = grid.addColumn(rows).setKey(KEY).setFlexGrow(1).setAutoWidth(false);
        compact.setVisible(false);
        NarrowScreen.follow(grid, narrow -> show(grid, compact, narrow));
        return compact;
    }

    static <T> void show(Grid<T> grid, Grid.Column<T> compact, boolean narrow) {
        boolean toDense = compact.isVisible() && !narrow;
        for (Grid.Column<T> column : grid.getColumns()) {
            column.setVisible(column == compact ? narrow : !narrow);
        }
        grid.setClassName(CLASS_NAME, narrow);
        // a sort chosen in the select while the headers were hidden: their sorters are told it again, now that
        // they are drawn (the grid sends a sort only when it differs from the one it has)
        if (toDense && !grid.getSortOrder().isEmpty()) {
            List<GridSortOrder<T>> sort = List.copyOf(grid.getSortOrder());
            grid.sort(List.of());
            grid.sort(sort);
        }
    }

    /** Whether the grid shows its compact column now. */
    public static boolean isShown(Grid<?> grid) {
        Grid.Column<?> compact = grid.getColumnByKey(KEY);
        return compact != null && compact.isVisible();
    }
}
