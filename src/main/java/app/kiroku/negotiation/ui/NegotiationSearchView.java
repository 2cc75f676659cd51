package app.kiroku.negotiation.ui;

import app.kiroku.master.MasterDataService;
import app.kiroku.negotiation.NegotiationFilter;
import app.kiroku.negotiation.NegotiationListItem;
import app.kiroku.negotiation.NegotiationService;
import app.kiroku.negotiation.NegotiationSort;
import app.kiroku.shared.ui.CompactColumn;
import app.kiroku.shared.ui.CsvLinks;
import app.kiroku.shared.ui.Formats;
import app.kiroku.shared.ui.GridSortSelect;
import app.kiroku.shared.ui.KeyShortcuts;
import app.kiroku.shared.ui.ProgressBadge;
import app.kiroku.shared.ui.ServerLaidGrid;
import app.kiroku.user.Role;
import app.kiroku.user.UserDirectory;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * 商談検索 with its 詳細検索: keyword + Enter, criteria by category, the active criteria as removable
 * chips and in the URL, a lazy list sorted in SQL, CSV of the result.
 */
@Route("negotiations")
@Menu(title = "nav.negotiations", order = 2, icon = "vaadin:notebook")
@RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
public class NegotiationSearchView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final NegotiationService negotiations;
    private final Clock clock;
    private final TextField keyword = new TextField();
    private final NegotiationCriteriaPanel criteria;
    private final Div chips = new Div();
    private final Span count = new Span();
    private final Grid<NegotiationListItem> grid = new ServerLaidGrid<>();
    private volatile NegotiationFilter filter = NegotiationFilter.NONE;
    private volatile List<NegotiationSort.Order> sort = List.of();

    public NegotiationSearchView(
            NegotiationService negotiations, MasterDataService masters, UserDirectory users, Clock clock) {
        this.negotiations = negotiations;
        this.clock = clock;
        addClassNames("kiroku-page", "kiroku-wide", "kiroku-search");

        keyword.setPlaceholder(getTranslation("negotiation.search.placeholder"));
        keyword.setAriaLabel(getTranslation("negotiation.search.placeholder"));
        keyword.setPrefixComponent(VaadinIcon.SEARCH.create());
        keyword.setClearButtonVisible(true);
        keyword.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        keyword.setId("negotiation-keyword");
        keyword.addClassName("kiroku-search-box");
        var search = new Button(VaadinIcon.SEARCH.create(), e -> search());
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ICON);
        search.setAriaLabel(getTranslation("common.search"));
        search.setTooltipText(getTranslation("common.search") + " (Enter)");
        search.setId("negotiation-search");
        KeyShortcuts.enterClicks(search, keyword);

        criteria = new NegotiationCriteriaPanel(
                users.activeInHouseUsers(), masters.progressFlags(), masters.ranks(), masters.departments());
        criteria.setVisible(false);
        var runDetail = new Button(getTranslation("common.search"), e -> search());
        runDetail.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        runDetail.setId("criteria-search");
        var clear = new Button(getTranslation("common.clear"), e -> {
            criteria.show(NegotiationFilter.NONE);
            keyword.clear();
            search();
        });
        var panelButtons = new Div(clear, runDetail);
        panelButtons.addClassName("kiroku-buttons");
        criteria.add(panelButtons);
        var toggle = new Button(
                getTranslation("customer.search.detail"),
                VaadinIcon.SLIDERS.create(),
                e -> criteria.setVisible(!criteria.isVisible()));
        toggle.setId("negotiation-detail-toggle");
        var csv = new CsvLinks(
                "negotiation-csv",
                "negotiations-" + LocalDate.now(clock).format(DateTimeFormatter.BASIC_ISO_DATE),
                (event, encoding) -> negotiations.exportCsv(
                        filter, sort, event.getUI().getLocale(), encoding, event.getOutputStream()));
        var bar = new Div(keyword, search, toggle, csv);
        bar.addClassName("kiroku-search-bar");
        chips.addClassName("kiroku-chips");
        chips.setId("negotiation-chips");
        count.addClassName("kiroku-muted");
        count.setId("negotiation-count");
        var status = new Div(count, chips);
        status.addClassName("kiroku-status");
        buildGrid();
        var results = new Div(grid);
        results.addClassName("kiroku-results");
        add(bar, criteria, status, results);
    }

    private void buildGrid() {
        grid.setId("negotiation-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setPageSize(50);
        grid.addColumn(n -> Formats.date(n.date(), getLocale()))
                .setHeader(getTranslation("negotiation.date"))
                .setKey(NegotiationSort.DATE.name())
                .setSortable(true)
                .setWidth("9.5rem")
                .setFlexGrow(0);
        grid.addColumn(n -> Formats.time(n.time()))
                .setHeader(getTranslation("negotiation.time"))
                .setWidth("4.5rem")
                .setFlexGrow(0);
        grid.addColumn(NegotiationListItem::customerName)
                .setHeader(getTranslation("customer.name"))
                .setKey(NegotiationSort.CUSTOMER.name())
                .setSortable(true)
                .setWidth("10rem");
        grid.addColumn(NegotiationListItem::handlerName)
                .setHeader(getTranslation("negotiation.handler"))
                .setKey(NegotiationSort.HANDLER.name())
                .setSortable(true)
                .setWidth("7rem")
                .setFlexGrow(0);
        grid.addColumn(ProgressBadge.renderer(NegotiationListItem::progressName, NegotiationListItem::progressColor))
                .setHeader(getTranslation("negotiation.progress"))
                .setKey(NegotiationSort.PROGRESS.name())
                .setSortable(true)
                .setWidth("7rem")
                .setFlexGrow(0);
        grid.addColumn(NegotiationListItem::rankName)
                .setHeader(getTranslation("customer.rank.short"))
                .setKey(NegotiationSort.RANK.name())
                .setSortable(true)
                .setWidth("4.5rem")
                .setFlexGrow(0);
        grid.addColumn(NegotiationListItem::departmentName)
                .setHeader(getTranslation("negotiation.department"))
                .setKey(NegotiationSort.DEPARTMENT.name())
                .setSortable(true)
                .setWidth("7.5rem")
                .setFlexGrow(0);
        grid.addColumn(NegotiationListItem::headline)
                .setHeader(getTranslation("negotiation.headline"))
                .setFlexGrow(2)
                .setWidth("12rem");
        grid.getColumns().forEach(c -> c.setResizable(true));
        grid.setMultiSort(false);
        // on a narrow screen one compact column, sorted by the select in its header
        CompactColumn.follow(
                grid,
                g -> g.addColumn(RecordCompactRow.<NegotiationListItem>renderer(
                                g,
                                n -> new RecordCompactRow.Line(
                                        n.date(),
                                        n.time(),
                                        n.done(),
                                        n.progressName(),
                                        n.progressColor(),
                                        n.customerName(),
                                        n.handlerName(),
                                        n.headline())))
                        .setHeader(new GridSortSelect<>(g, "negotiation-sort")));
        grid.setItems(
                query ->
                        negotiations
                                .search(filter, sortOf(query.getSortOrders()), query.getOffset(), query.getLimit())
                                .stream(),
                query -> negotiations.count(filter));
        grid.addSortListener(e -> sort = sortOf(e.getSortOrder().stream()
                .map(o -> new QuerySortOrder(o.getSorted().getKey(), o.getDirection()))
                .toList()));
        grid.addItemClickListener(e -> UI.getCurrent()
                .navigate(NegotiationDetailView.class, e.getItem().id()));
    }

    private static List<NegotiationSort.Order> sortOf(List<QuerySortOrder> orders) {
        List<NegotiationSort.Order> result = new ArrayList<>();
        for (QuerySortOrder order : orders) {
            for (NegotiationSort column : NegotiationSort.values()) {
                if (column.name().equals(order.getSorted())) {
                    result.add(new NegotiationSort.Order(column, order.getDirection() == SortDirection.ASCENDING));
                }
            }
        }
        return result;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        NegotiationFilter fromUrl = NegotiationFilter.fromQuery(
                event.getLocation().getQueryParameters().getParameters());
        keyword.setValue(fromUrl.keyword());
        criteria.show(fromUrl);
        run(fromUrl);
    }

    private void search() {
        run(criteria.read(keyword.getValue()));
        criteria.show(filter);
    }

    private void run(NegotiationFilter newFilter) {
        filter = newFilter;
        keyword.setValue(newFilter.keyword());
        grid.getDataProvider().refreshAll();
        count.setText(getTranslation("common.count", negotiations.count(newFilter)));
        chips.removeAll();
        for (var chip : criteria.chips(newFilter)) {
            var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                NegotiationFilter without = chip.remove().apply(filter);
                criteria.show(without);
                run(without);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
            remove.setAriaLabel(getTranslation("negotiation.chip.remove", chip.label()));
            var element = new Span(new Span(chip.label()), remove);
            element.addClassName("kiroku-chip");
            chips.add(element);
        }
        getUI().ifPresent(ui -> ui.getPage()
                .getHistory()
                .replaceState(null, new Location("negotiations", new QueryParameters(newFilter.toQuery()))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.negotiations") + " | Kiroku";
    }
}
