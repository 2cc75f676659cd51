package app.kiroku.customer.ui;

import app.kiroku.customer.CustomerCount;
import app.kiroku.customer.CustomerFilter;
import app.kiroku.customer.CustomerListItem;
import app.kiroku.customer.CustomerSeek;
import app.kiroku.customer.CustomerService;
import app.kiroku.customer.CustomerSort;
import app.kiroku.master.ContactThresholds;
import app.kiroku.shared.ui.CompactColumn;
import app.kiroku.shared.ui.GridSortSelect;
import app.kiroku.shared.ui.ProgressBadge;
import app.kiroku.shared.ui.ServerLaidGrid;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The customer result list: lazy, paged, sorted and filtered in SQL; on a narrow screen one compact column with a
 * sort select in its header. 最終接触 is coloured by the administrator's thresholds.
 */
@StyleSheet("styles/kiroku-contact.css")
class CustomerGrid extends ServerLaidGrid<CustomerRow> {

    private final CustomerService customers;
    // read by CSV downloads outside the UI's request, hence volatile copies of the grid's state
    private volatile CustomerFilter filter = CustomerFilter.NONE;
    private volatile List<CustomerSort.Order> sort = List.of();
    private final java.util.Map<Integer, CustomerSeek> pageEnds = new java.util.HashMap<>();
    /** The count of the current filter, asked once for the grid and the 件数 label alike. */
    private @org.jspecify.annotations.Nullable CustomerCount total;

    private final ContactThresholds thresholds;
    private final LocalDate today;

    CustomerGrid(CustomerService customers, ContactThresholds thresholds, LocalDate today) {
        super(CustomerRow.class, false);
        this.customers = customers;
        this.thresholds = thresholds;
        this.today = today;
        setId("customer-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setPageSize(50);
        setMultiSort(false);

        addColumn(CustomerRow::name)
                .setHeader(getTranslation("customer.name"))
                .setKey(CustomerSort.NAME.name())
                .setSortable(true)
                .setFlexGrow(2)
                .setFrozen(true)
                .setWidth("10rem");
        addColumn(CustomerRow::kana)
                .setHeader(getTranslation("customer.kana.short"))
                .setKey(CustomerSort.KANA.name())
                .setSortable(true)
                .setWidth("8.5rem");
        addColumn(CustomerRow::phone)
                .setHeader(getTranslation("customer.phone.short"))
                .setKey(CustomerSort.PHONE.name())
                .setSortable(true)
                .setWidth("8.5rem")
                .setFlexGrow(0);
        addColumn(CustomerRow::address)
                .setHeader(getTranslation("customer.address"))
                .setKey(CustomerSort.ADDRESS.name())
                .setSortable(true)
                .setFlexGrow(3)
                .setWidth("10rem");
        addColumn(CustomerRow::assigneeNames)
                .setHeader(getTranslation("customer.assignees"))
                .setWidth("8rem");
        addColumn(CustomerRow::rankName)
                .setHeader(getTranslation("customer.rank.short"))
                .setKey(CustomerSort.RANK.name())
                .setSortable(true)
                .setWidth("4.5rem")
                .setFlexGrow(0);
        addColumn(ProgressBadge.renderer(CustomerRow::progressName, CustomerRow::progressColor))
                .setHeader(getTranslation("customer.currentProgress"))
                .setKey(CustomerSort.PROGRESS.name())
                .setSortable(true)
                .setWidth("7rem")
                .setFlexGrow(0);
        addColumn(CustomerRow::nextContact)
                .setHeader(getTranslation("customer.nextContact"))
                .setKey(CustomerSort.NEXT_CONTACT.name())
                .setSortable(true)
                .setWidth("9.5rem")
                .setFlexGrow(0);
        addColumn(ContactLabel.renderer(this))
                .setHeader(getTranslation("customer.lastContact"))
                .setKey("lastContact")
                .setWidth("6.5rem")
                .setFlexGrow(0);
        getColumns().forEach(column -> column.setResizable(true));
        addSortListener(e -> sort = sortOfGrid(e.getSortOrder()));
        CompactColumn.follow(
                this,
                grid -> grid.addColumn(CustomerCompactRow.renderer(grid))
                        .setHeader(new GridSortSelect<>(grid, "customer-sort")));

        setItems(
                query -> page(sortOf(query.getSortOrders()), query.getOffset(), query.getLimit()).stream(),
                query -> total().value());
    }

    /**
     * Pages of the default order continue from where the previous page ended (a seek through the kana index);
     * other orders, and jumps to pages not reached by scrolling, use an offset.
     */
    private List<CustomerRow> page(List<CustomerSort.Order> order, int offset, int limit) {
        CustomerSeek after = order.isEmpty() ? pageEnds.get(offset) : null;
        List<CustomerListItem> rows = after != null
                ? customers.searchAfter(filter, after, limit)
                : customers.search(filter, order, offset, limit);
        if (order.isEmpty() && !rows.isEmpty()) {
            pageEnds.put(offset + rows.size(), CustomerSeek.after(rows.getLast()));
        }
        return rows.stream()
                .map(item -> CustomerRow.of(item, getLocale(), thresholds, today))
                .toList();
    }

    /**
     * The 件数, counted on first use. An estimate (「約 …件」) sizes the grid as an estimate too, which grows as the
     * user scrolls towards its end and stops where the rows do.
     */
    CustomerCount total() {
        if (total == null) {
            total = customers.listCount(filter);
            if (!total.exact()) {
                getLazyDataView().setItemCountUnknown();
                getLazyDataView().setItemCountEstimate(Math.max(1, total.value()));
            }
        }
        return total;
    }

    void show(CustomerFilter newFilter) {
        this.filter = newFilter;
        boolean estimated = total != null && !total.exact();
        total = null;
        pageEnds.clear();
        if (estimated) {
            getLazyDataView().setItemCountCallback(query -> total().value());
        }
        getDataProvider().refreshAll();
    }

    CustomerFilter filter() {
        return filter;
    }

    List<CustomerSort.Order> currentSort() {
        return sort;
    }

    private static List<CustomerSort.Order> sortOfGrid(List<GridSortOrder<CustomerRow>> sortOrders) {
        List<CustomerSort.Order> orders = new ArrayList<>();
        for (GridSortOrder<CustomerRow> order : sortOrders) {
            orders.add(new CustomerSort.Order(
                    CustomerSort.valueOf(order.getSorted().getKey()), order.getDirection() == SortDirection.ASCENDING));
        }
        return orders;
    }

    static List<CustomerSort.Order> sortOf(List<QuerySortOrder> sortOrders) {
        List<CustomerSort.Order> orders = new ArrayList<>();
        for (QuerySortOrder order : sortOrders) {
            for (CustomerSort column : CustomerSort.values()) {
                if (column.name().equals(order.getSorted())) {
                    orders.add(new CustomerSort.Order(column, order.getDirection() == SortDirection.ASCENDING));
                }
            }
        }
        return orders;
    }
}
