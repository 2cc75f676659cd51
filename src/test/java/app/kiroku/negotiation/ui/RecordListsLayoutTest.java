package app.kiroku.negotiation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.BrowserWindow;
import app.kiroku.KirokuBrowserlessTest;
import app.kiroku.SignedInAs;
import app.kiroku.customer.ui.CustomerSearchView;
import app.kiroku.customer.ui.CustomerView;
import app.kiroku.negotiation.NegotiationFilter;
import app.kiroku.negotiation.NegotiationHeading;
import app.kiroku.negotiation.NegotiationListItem;
import app.kiroku.negotiation.NegotiationService;
import app.kiroku.negotiation.NegotiationSort;
import app.kiroku.shared.ui.CompactColumn;
import app.kiroku.shared.ui.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.QueryParameters;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 商談検索, a customer's 見出し and the cross search: dense columns on a desk, one compact column on a tablet. */
@SignedInAs("staff1")
class RecordListsLayoutTest extends KirokuBrowserlessTest {

    @Autowired
    NegotiationService negotiations;

    @SuppressWarnings("unchecked")
    private <T> Grid<T> grid(String id) {
        return (Grid<T>) $(Grid.class).id(id);
    }

    @Test
    void onADeskTheRecordListsKeepTheirColumns() {
        BrowserWindow.opensAt(1440, 900);
        navigate(NegotiationSearchView.class);
        assertThat(visibleKeys(grid("negotiation-grid"))).hasSize(8).doesNotContain(CompactColumn.KEY);
        assertThat(grid("negotiation-grid").getColumnByKey(CompactColumn.KEY)).isNull();

        UI.getCurrent().navigate(CustomerView.class, CustomerView.of(customerWithRecords()));
        assertThat(visibleKeys(grid("customer-headings"))).hasSize(5).doesNotContain(CompactColumn.KEY);

        openCrossSearch();
        assertThat(visibleKeys(grid("cross-grid"))).hasSize(6).doesNotContain(CompactColumn.KEY);
    }

    @Test
    void onAPhoneTheSearchShowsDateStateProgressAndCustomerInOneColumnSortedFromItsHeader() {
        BrowserWindow.opensAt(390, 844);
        navigate(NegotiationSearchView.class);
        Grid<NegotiationListItem> grid = grid("negotiation-grid");
        assertThat(visibleKeys(grid)).containsExactly(CompactColumn.KEY);

        NegotiationListItem first = test(grid).getRow(0);
        var row = compactRow(grid, first);
        assertThat(row.get("state")).isEqualTo(first.done() ? "対応済" : "予定");
        assertThat(row.get("progress")).isEqualTo(first.progressName() == null ? "" : first.progressName());
        assertThat(row.get("customer")).isEqualTo(first.customerName());
        assertThat(row.get("handler")).isEqualTo(first.handlerName());
        assertThat((String) row.get("date")).startsWith(Formats.date(first.date(), Locale.JAPANESE));
        List<NegotiationListItem> rows =
                IntStream.range(0, 20).mapToObj(i -> test(grid).getRow(i)).toList();
        assertThat(rows)
                .allSatisfy(item ->
                        assertThat(compactRow(grid, item).get("headline")).isEqualTo(firstLineOfReport(item.id())));
        assertThat(rows)
                .anySatisfy(item -> assertThat(firstLineOfReport(item.id())).isNotBlank());

        test(sortSelect(grid)).selectItem("顧客名");
        assertThat(grid.getSortOrder())
                .singleElement()
                .satisfies(order -> assertThat(order.getSorted().getKey()).isEqualTo(NegotiationSort.CUSTOMER.name()));
        var byCustomer = negotiations.search(
                NegotiationFilter.NONE, List.of(new NegotiationSort.Order(NegotiationSort.CUSTOMER, true)), 0, 1);
        assertThat(test(grid).getRow(0).id()).isEqualTo(byCustomer.getFirst().id());
    }

    @Test
    void onATabletTheHeadingsAndTheCrossSearchAreOneColumnAndFollowARotation() {
        BrowserWindow.opensAt(820, 1180);
        UI.getCurrent().navigate(CustomerView.class, CustomerView.of(customerWithRecords()));
        Grid<NegotiationHeading> headings = grid("customer-headings");
        assertThat(visibleKeys(headings)).containsExactly(CompactColumn.KEY);
        assertThat(headings.getColumnByKey(CompactColumn.KEY).getHeaderText()).isEqualTo("日付・状態・進捗");
        // one customer's list: its name is the page's title, not repeated in each row
        NegotiationHeading own = test(headings).getRow(0);
        assertThat(compactRow(headings, own).get("customer")).isEqualTo("");
        assertThat(compactRow(headings, own).get("headline")).isEqualTo(firstLineOfReport(own.id()));

        openCrossSearch();
        Grid<NegotiationHeading> cross = grid("cross-grid");
        assertThat(visibleKeys(cross)).containsExactly(CompactColumn.KEY);
        NegotiationHeading first = test(cross).getRow(0);
        assertThat(compactRow(cross, first).get("customer")).isEqualTo(first.customerName());
        List<NegotiationHeading> rows =
                IntStream.range(0, 20).mapToObj(i -> test(cross).getRow(i)).toList();
        assertThat(rows).allSatisfy(heading -> {
            var row = compactRow(cross, heading);
            assertThat(row.get("handler")).isEqualTo(heading.handlerName());
            assertThat(row.get("headline")).isEqualTo(firstLineOfReport(heading.id()));
        });
        assertThat(rows)
                .anySatisfy(
                        heading -> assertThat(firstLineOfReport(heading.id())).isNotBlank());

        BrowserWindow.resizesTo(1440, 900);
        assertThat(visibleKeys(cross)).hasSize(6).doesNotContain(CompactColumn.KEY);
        BrowserWindow.resizesTo(820, 1180);
        assertThat(visibleKeys(cross)).containsExactly(CompactColumn.KEY);
    }

    /** The compact column's sort, in its header. */
    @SuppressWarnings("unchecked")
    static <T> Select<Grid.Column<T>> sortSelect(Grid<T> grid) {
        return (Select<Grid.Column<T>>) grid.getColumnByKey(CompactColumn.KEY)
                .getHeaderComponent()
                .getChildren()
                .filter(Select.class::isInstance)
                .findFirst()
                .orElseThrow();
    }

    /** The report's first line that is not blank, as the record page shows the report. */
    private String firstLineOfReport(long id) {
        String report = negotiations.detail(id).orElseThrow().report();
        return report == null
                ? ""
                : report.lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .findFirst()
                        .orElse("");
    }

    private long customerWithRecords() {
        return negotiations
                .search(NegotiationFilter.NONE, List.of(), 0, 1)
                .getFirst()
                .customerId();
    }

    private static void openCrossSearch() {
        UI.getCurrent().navigate(CustomerSearchView.class, new QueryParameters(Map.of("view", List.of("records"))));
    }

    private static List<String> visibleKeys(Grid<?> grid) {
        return grid.getColumns().stream()
                .filter(Component::isVisible)
                .map(column -> String.valueOf(column.getKey()))
                .toList();
    }

    /** The properties the compact column's template is drawn from, for one row. */
    @SuppressWarnings("unchecked")
    private static <T> Map<String, Object> compactRow(Grid<T> grid, T item) {
        var renderer = (LitRenderer<T>) grid.getColumnByKey(CompactColumn.KEY).getRenderer();
        var values = new HashMap<String, Object>();
        renderer.getValueProviders().forEach((name, provider) -> values.put(name, provider.apply(item)));
        return values;
    }
}
