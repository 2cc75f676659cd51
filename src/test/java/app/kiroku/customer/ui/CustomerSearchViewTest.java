package app.kiroku.customer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.BrowserWindow;
import app.kiroku.KirokuBrowserlessTest;
import app.kiroku.SignedInAs;
import app.kiroku.customer.CustomerFilter;
import app.kiroku.customer.CustomerListItem;
import app.kiroku.customer.CustomerService;
import app.kiroku.customer.CustomerSort;
import app.kiroku.negotiation.NegotiationHeading;
import app.kiroku.shared.ui.CompactColumn;
import app.kiroku.shared.ui.Formats;
import app.kiroku.shared.ui.ServerLaidColumn;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import com.vaadin.flow.router.QueryParameters;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@SignedInAs("staff1")
class CustomerSearchViewTest extends KirokuBrowserlessTest {

    @Autowired
    CustomerService customers;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @SuppressWarnings("unchecked")
    private Grid<CustomerRow> grid() {
        return (Grid<CustomerRow>) $(Grid.class).id("customer-grid");
    }

    @Test
    void theSearchIsKanaBlindAndShowsTheCount() {
        navigate(CustomerSearchView.class);
        var keyword = $(TextField.class).id("customer-keyword");
        test(keyword).setValue("ｻﾄｳ");
        test($(Button.class).id("customer-search")).click();

        int expected = customers.count(CustomerFilter.keyword("さとう"));
        assertThat(expected).isPositive();
        assertThat(test(grid()).size()).isEqualTo(expected);
        assertThat(test(grid()).getRow(0).kana()).startsWith("サトウ");
        assertThat($(Span.class).id("customer-count").getText()).isEqualTo(expected + "件");
    }

    @Test
    void criteriaComeFromTheUrlSoSearchesCanBeShared() {
        UI.getCurrent()
                .navigate(
                        CustomerSearchView.class,
                        new QueryParameters(Map.of("q", List.of("東京都"), "mine", List.of("1"))));

        assertThat($(TextField.class).id("customer-keyword").getValue()).isEqualTo("東京都");
        assertThat($(Checkbox.class).id("filter-mine").getValue()).isTrue();
        assertThat($(Button.class).id("customer-detail-toggle").getText()).isEqualTo("詳細検索 (1)");
        var filter = CustomerFilter.fromQuery(Map.of("q", List.of("東京都"), "mine", List.of("1")));
        assertThat(test(grid()).size()).isEqualTo(customers.count(filter)).isPositive();
        for (int row = 0; row < test(grid()).size(); row++) {
            assertThat(test(grid()).getRow(row).assigneeNames()).contains("佐藤 健一");
            assertThat(test(grid()).getRow(row).address()).contains("東京都");
        }
    }

    @Test
    void sinceLastContactComesFromTheUrlAndEveryRowShowsItsColour() {
        UI.getCurrent().navigate(CustomerSearchView.class, new QueryParameters(Map.of("since", List.of("8-30"))));

        assertThat(test($(com.vaadin.flow.component.select.Select.class).id("filter-since-contact"))
                        .getSelected())
                .isEqualTo(app.kiroku.master.ContactBand.AGING);
        Integer expected = jdbc.queryForObject(
                "SELECT COUNT(*) FROM customer WHERE last_contact_date BETWEEN ? AND ?",
                Integer.class,
                app.kiroku.TestClock.TODAY.minusDays(30),
                app.kiroku.TestClock.TODAY.minusDays(8));
        assertThat(test(grid()).size()).isEqualTo(expected).isPositive();
        for (int row = 0; row < test(grid()).size(); row++) {
            assertThat(test(grid()).getRow(row).contactBand()).isEqualTo(app.kiroku.master.ContactBand.AGING);
            assertThat(test(grid()).getRow(row).lastContact()).isNotEmpty();
            assertThat(test(grid()).getRow(row).daysSinceContact()).isBetween(8, 30);
        }
        assertThat(grid().getColumnByKey("lastContact").getHeaderText()).isEqualTo("最終接触");
    }

    @Test
    void theColumnsLayoutIsNotReadBackFromTheBrowserSoASessionHoldsNoListenersForIt() {
        navigate(CustomerSearchView.class);
        List<String> layoutEvents =
                List.of("resizable-changed", "frozen-changed", "frozen-to-end-changed", "text-align-changed");
        var plain = new Grid<CustomerRow>().addColumn(CustomerRow::name);
        assertThat(layoutEvents)
                .allSatisfy(
                        event -> assertThat(listenedProperties(plain, event)).isNotEmpty());

        assertThat(grid().getColumns()).hasSize(9).allSatisfy(column -> {
            assertThat(column).isInstanceOf(ServerLaidColumn.class);
            assertThat(layoutEvents)
                    .allSatisfy(event ->
                            assertThat(listenedProperties(column, event)).isEmpty());
            // a width the user drags is still read back, so the grid put back on the page keeps it
            assertThat(listenedProperties(column, "column-drag-resize")).isNotEmpty();
        });
        assertThat(listenedProperties(grid(), "column-reordering-allowed-changed"))
                .isEmpty();
        assertThat(listenedProperties(grid(), "all-rows-visible-changed")).isEmpty();
        // the layout the server set is still what the browser is told
        var name = grid().getColumnByKey("NAME");
        assertThat(name.isFrozen()).isTrue();
        assertThat(name.getWidth()).isEqualTo("10rem");
        assertThat(name.getElement().getProperty("frozen", false)).isTrue();
        assertThat(grid().getColumns())
                .allSatisfy(column -> assertThat(column.isResizable()).isTrue());
    }

    /** Flow's record of an element's DOM listeners: internal, but the only place that shows them. */
    private static Set<String> listenedProperties(Component component, String event) {
        return component
                .getElement()
                .getNode()
                .getFeature(ElementListenerMap.class)
                .getExpressions(event);
    }

    @Test
    void aSearchRefillsTheGridInPlaceRatherThanAttachingItAgain() {
        navigate(CustomerSearchView.class);
        var grid = grid();
        var attaches = new AtomicInteger();
        var detaches = new AtomicInteger();
        grid.addAttachListener(e -> attaches.incrementAndGet());
        grid.addDetachListener(e -> detaches.incrementAndGet());

        test($(TextField.class).id("customer-keyword")).setValue("さとう");
        test($(Button.class).id("customer-search")).click();
        assertThat(test(grid()).getRow(0).kana()).startsWith("サトウ");
        assertThat(grid()).isSameAs(grid);
        assertThat($(Button.class).id("customer-detail-toggle").getText()).isEqualTo("詳細検索");
        assertThat(attaches).hasValue(0);
        assertThat(detaches).hasValue(0);

        test($(Tabs.class).first()).select(1);
        assertThat(grid.isAttached()).isFalse();
        test($(Tabs.class).first()).select(0);
        assertThat(grid.isAttached()).isTrue();
        assertThat(test(grid()).getRow(0).kana()).startsWith("サトウ");
    }

    @Test
    void aClickOnARowOpensTheCustomer() {
        navigate(CustomerSearchView.class);
        var first = test(grid()).getRow(0);
        test(grid()).clickRow(0);
        assertThat(getCurrentView()).isInstanceOf(CustomerView.class);
        assertThat($(Span.class)
                        .withClassName("kiroku-muted")
                        .withText(first.kana())
                        .exists())
                .isTrue();
    }

    @Test
    void onADeskTheListKeepsItsDenseColumns() {
        BrowserWindow.opensAt(1440, 900);
        navigate(CustomerSearchView.class);

        assertThat(visibleKeys(grid()))
                .containsExactly(
                        "NAME", "KANA", "PHONE", "ADDRESS", null, "RANK", "PROGRESS", "NEXT_CONTACT", "lastContact");
        assertThat(grid().hasClassName(CompactColumn.CLASS_NAME)).isFalse();
        // a desk's session holds no compact column, and its rows send nothing for one
        assertThat(grid().getColumns()).hasSize(9);
        assertThat(grid().getColumnByKey(CompactColumn.KEY)).isNull();
    }

    @Test
    void onATabletOrPhoneTheListIsOneCompactColumnWithTheSortInItsHeader() {
        BrowserWindow.opensAt(820, 1180);
        navigate(CustomerSearchView.class);

        assertThat(visibleKeys(grid())).containsExactly(CompactColumn.KEY);
        assertThat(grid().hasClassName(CompactColumn.CLASS_NAME)).isTrue();
        Select<Grid.Column<CustomerRow>> sort = sortSelect();
        assertThat(sort.getListDataView().getItems().map(Grid.Column::getHeaderText))
                .containsExactly("顧客名", "カナ", "電話", "住所", "ランク", "現進捗", "次回接触予定日");

        // the select sorts the grid as its header would: the rows and the CSV follow
        test(sort).selectItem("次回接触予定日");
        var ascending = List.of(new CustomerSort.Order(CustomerSort.NEXT_CONTACT, true));
        assertThat(((CustomerGrid) grid()).currentSort()).isEqualTo(ascending);
        assertThat(firstIds(5)).isEqualTo(idsOf(customers.search(CustomerFilter.NONE, ascending, 0, 5)));
        test((Button) sort.getParent()
                        .orElseThrow()
                        .getChildren()
                        .filter(Button.class::isInstance)
                        .findFirst()
                        .orElseThrow())
                .click();
        var descending = List.of(new CustomerSort.Order(CustomerSort.NEXT_CONTACT, false));
        assertThat(((CustomerGrid) grid()).currentSort()).isEqualTo(descending);
        assertThat(firstIds(5))
                .isEqualTo(idsOf(customers.search(CustomerFilter.NONE, descending, 0, 5)))
                .isNotEqualTo(idsOf(customers.search(CustomerFilter.NONE, ascending, 0, 5)));
    }

    @Test
    void aCompactRowShowsNameAndKanaThenProgressNextContactAndAssignees() {
        BrowserWindow.opensAt(820, 1180);
        navigate(CustomerSearchView.class);
        test(sortSelect()).selectItem("カナ");
        var expected =
                customers.search(CustomerFilter.NONE, List.of(new CustomerSort.Order(CustomerSort.KANA, true)), 0, 20);

        for (int row = 0; row < expected.size(); row++) {
            CustomerListItem item = expected.get(row);
            Map<String, Object> shown = compactRow(test(grid()).getRow(row));
            assertThat(shown.get("name")).isEqualTo(item.name());
            assertThat(shown.get("kana")).isEqualTo(item.kana());
            assertThat(shown.get("assignees")).isEqualTo(item.assigneeNames() == null ? "" : item.assigneeNames());
            assertThat(shown.get("next"))
                    .isEqualTo(
                            item.nextContactDate() == null
                                    ? ""
                                    : "次回 " + Formats.date(item.nextContactDate(), Locale.JAPANESE));
            assertThat(shown.get("contactText"))
                    .isEqualTo(
                            item.lastContactDate() == null
                                    ? "未対応"
                                    : java.time.temporal.ChronoUnit.DAYS.between(
                                                    item.lastContactDate(), app.kiroku.TestClock.TODAY)
                                            + "日前");
        }
        assertThat(expected).anySatisfy(item -> assertThat(item.assigneeNames()).isNotBlank());
    }

    /** The properties the compact column's template is drawn from, for one row. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> compactRow(CustomerRow row) {
        var renderer = (LitRenderer<CustomerRow>)
                grid().getColumnByKey(CompactColumn.KEY).getRenderer();
        var values = new HashMap<String, Object>();
        renderer.getValueProviders().forEach((name, provider) -> values.put(name, provider.apply(row)));
        return values;
    }

    @Test
    void aRotationSwitchesBetweenTheLayoutsAndKeepsTheSort() {
        BrowserWindow.opensAt(1180, 820);
        navigate(CustomerSearchView.class);
        assertThat(visibleKeys(grid())).containsExactly(CompactColumn.KEY);
        test(sortSelect()).selectItem("現進捗");

        BrowserWindow.resizesTo(1440, 900);
        assertThat(visibleKeys(grid())).hasSize(9).doesNotContain(CompactColumn.KEY);
        assertThat(grid().getSortOrder())
                .singleElement()
                .satisfies(order -> assertThat(order.getSorted().getKey()).isEqualTo("PROGRESS"));

        BrowserWindow.resizesTo(390, 844);
        assertThat(visibleKeys(grid())).containsExactly(CompactColumn.KEY);
        assertThat(sortSelect().getValue()).isSameAs(grid().getColumnByKey("PROGRESS"));
    }

    /** The compact column's sort, in its header (which the component queries do not walk). */
    @SuppressWarnings("unchecked")
    private Select<Grid.Column<CustomerRow>> sortSelect() {
        return (Select<Grid.Column<CustomerRow>>) grid().getColumnByKey(CompactColumn.KEY)
                .getHeaderComponent()
                .getChildren()
                .filter(Select.class::isInstance)
                .findFirst()
                .orElseThrow();
    }

    private static List<@Nullable String> visibleKeys(Grid<?> grid) {
        return grid.getColumns().stream()
                .filter(Component::isVisible)
                .map(Grid.Column::getKey)
                .collect(Collectors.toList());
    }

    private List<Long> firstIds(int count) {
        return IntStream.range(0, count)
                .mapToObj(row -> test(grid()).getRow(row).id())
                .toList();
    }

    private static List<Long> idsOf(List<CustomerListItem> items) {
        return items.stream().map(CustomerListItem::id).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRecordsSwitchShowsTheRecordsOfExactlyThoseCustomers() {
        UI.getCurrent().navigate(CustomerSearchView.class, new QueryParameters(Map.of("q", List.of("やま"))));
        test($(Tabs.class).single()).select(1);

        var records = (Grid<NegotiationHeading>) $(Grid.class).id("cross-grid");
        assertThat(records.isVisible()).isTrue();
        assertThat($(Grid.class).withId("customer-grid").exists()).isFalse();
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("customers");
        assertThat($(Tab.class).id("mode-records").isSelected()).isTrue();

        // the records of the customers whose name, kana or address holds ヤマ, in plain SQL
        List<Long> expected = jdbc.queryForList("""
                SELECT n.id FROM negotiation n JOIN customer c ON c.id = n.customer_id
                WHERE c.name_norm COLLATE utf8mb4_bin LIKE '%ヤマ%' OR c.kana_norm COLLATE utf8mb4_bin LIKE '%ヤマ%'
                   OR c.address_norm COLLATE utf8mb4_bin LIKE '%ヤマ%'""", Long.class);
        var shown = test(records);
        List<Long> ids = java.util.stream.IntStream.range(0, shown.size())
                .mapToObj(row -> shown.getRow(row).id())
                .toList();
        assertThat(ids).hasSizeGreaterThan(5).containsExactlyInAnyOrderElementsOf(expected);
        assertThat($(Span.class).id("customer-count").getText()).isEqualTo("商談記録 %,d件".formatted(expected.size()));

        test($(Tabs.class).single()).select(0);
        assertThat($(Grid.class).withId("cross-grid").exists()).isFalse();
        assertThat($(Grid.class).id("customer-grid").isVisible()).isTrue();
    }
}
