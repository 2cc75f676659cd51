package app.kiroku.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A grid's sort for a narrow screen, whose compact column hides the sortable headers: the column to sort by and
 * the direction. It sorts the grid as a header click would, so the fetch, the CSV and a header shown again after
 * a rotation all see the same sort; a sort made in a header shows here.
 */
public class GridSortSelect<T> extends Div {

    private final Grid<T> grid;
    private final Select<Grid.Column<T>> by = new Select<>();
    private final Button direction = new Button();
    private boolean ascending = true;

    public GridSortSelect(Grid<T> grid, String id) {
        this.grid = grid;
        addClassName("kiroku-sort");
        by.setId(id);
        by.setItems(grid.getColumns().stream().filter(Grid.Column::isSortable).toList());
        by.setItemLabelGenerator(
                column -> column == null ? getTranslation("list.sort.default") : column.getHeaderText());
        by.setEmptySelectionAllowed(true);
        by.setEmptySelectionCaption(getTranslation("list.sort.default"));
        by.setAriaLabel(getTranslation("list.sort"));
        by.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                sort();
            }
        });
        direction.setId(id + "-direction");
        direction.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY);
        direction.addClickListener(e -> {
            ascending = !ascending;
            sort();
        });
        show(grid.getSortOrder());
        grid.addSortListener(e -> show(e.getSortOrder()));
        add(by, direction);
    }

    private void sort() {
        Grid.@Nullable Column<T> column = by.getValue();
        grid.sort(
                column == null
                        ? List.of()
                        : List.of(new GridSortOrder<>(
                                column, ascending ? SortDirection.ASCENDING : SortDirection.DESCENDING)));
    }

    private void show(List<GridSortOrder<T>> orders) {
        if (orders.isEmpty()) {
            by.clear();
        } else {
            by.setValue(orders.getFirst().getSorted());
            ascending = orders.getFirst().getDirection() == SortDirection.ASCENDING;
        }
        showDirection();
    }

    private void showDirection() {
        String label = getTranslation(ascending ? "list.sort.ascending" : "list.sort.descending");
        direction.setIcon((ascending ? VaadinIcon.ARROW_UP : VaadinIcon.ARROW_DOWN).create());
        direction.setAriaLabel(label);
        direction.setTooltipText(label);
        direction.setEnabled(by.getValue() != null);
    }
}
