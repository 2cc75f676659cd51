package app.kiroku.customer.ui;

import app.kiroku.customer.CustomerCount;
import app.kiroku.customer.CustomerFilter;
import app.kiroku.customer.CustomerService;
import app.kiroku.master.MasterDataService;
import app.kiroku.shared.ui.CsvLinks;
import app.kiroku.shared.ui.KeyShortcuts;
import app.kiroku.user.Role;
import app.kiroku.user.UserDirectory;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * 顧客検索: one box and the 虫メガネ (Enter works too), 詳細検索 criteria, the lazy result list with 現進捗 and
 * 次回接触予定日, a switch to the records of exactly those customers, and CSV. The criteria live in the URL.
 */
@Route("customers")
@Menu(title = "nav.customers", order = 1, icon = "vaadin:users")
@RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
public class CustomerSearchView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String RECORDS_MODE = "records";

    private final CustomerService customers;
    private final ObjectProvider<CustomerRecordsSlot> recordsSlot;
    private final TextField keyword = new TextField();
    /** Built when 詳細検索 is first opened: its 担当者 list holds every in-house user, which most visits never need. */
    private @Nullable CustomerFilterPanel filterPanel;

    private final Div filterSlot = new Div();
    private final MasterDataService masters;
    private final UserDirectory users;
    private final Button detailToggle = new Button();
    private final CustomerGrid grid;
    private final Span count = new Span();
    private final Tab customersTab = new Tab();
    private final Tab recordsTab = new Tab();
    private final Tabs mode = new Tabs();
    private final Div results = new Div();
    private final CsvLinks csv;
    private final Clock clock;

    public CustomerSearchView(
            CustomerService customers,
            MasterDataService masters,
            UserDirectory users,
            ObjectProvider<CustomerRecordsSlot> recordsSlot,
            Clock clock) {
        this.customers = customers;
        this.masters = masters;
        this.users = users;
        this.recordsSlot = recordsSlot;
        this.clock = clock;
        addClassNames("kiroku-page", "kiroku-wide", "kiroku-search");

        keyword.setPlaceholder(getTranslation("customer.search.placeholder"));
        keyword.setAriaLabel(getTranslation("customer.search.keyword"));
        keyword.setPrefixComponent(VaadinIcon.SEARCH.create());
        keyword.setClearButtonVisible(true);
        keyword.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        keyword.setId("customer-keyword");
        keyword.addClassName("kiroku-search-box");
        var search = new Button(VaadinIcon.SEARCH.create(), e -> search());
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ICON);
        search.setAriaLabel(getTranslation("common.search"));
        search.setTooltipText(getTranslation("common.search") + " (Enter)");
        search.setId("customer-search");
        KeyShortcuts.enterClicks(search, keyword);

        detailToggle.setIcon(VaadinIcon.SLIDERS.create());
        detailToggle.addClickListener(
                e -> filterPanel().setVisible(!filterPanel().isVisible()));
        detailToggle.setId("customer-detail-toggle");

        customersTab.setLabel(getTranslation("customer.mode.customers"));
        recordsTab.setLabel(getTranslation("customer.mode.records"));
        recordsTab.setId("mode-records");
        mode.add(customersTab, recordsTab);
        mode.addSelectedChangeListener(e -> showResults());

        var create = new Button(
                getTranslation("customer.new"),
                VaadinIcon.PLUS.create(),
                e -> UI.getCurrent().navigate(CustomerFormView.class));
        create.setId("customer-new");
        grid = new CustomerGrid(customers, masters.contactThresholds(), LocalDate.now(clock));
        csv = new CsvLinks(
                "customer-csv",
                "customers-" + LocalDate.now(clock).format(DateTimeFormatter.BASIC_ISO_DATE),
                (event, encoding) -> customers.exportCsv(
                        grid.filter(),
                        grid.currentSort(),
                        event.getUI().getLocale(),
                        encoding,
                        event.getOutputStream()));

        var bar = new Div(keyword, search, detailToggle, mode, csv, create);
        bar.addClassName("kiroku-search-bar");
        count.addClassName("kiroku-muted");
        count.setId("customer-count");
        grid.addItemClickListener(e -> UI.getCurrent()
                .navigate(CustomerView.class, CustomerView.of(e.getItem().id())));
        results.addClassName("kiroku-results");
        add(bar, filterSlot, count, results);
    }

    private CustomerFilterPanel filterPanel() {
        if (filterPanel == null) {
            var panel = new CustomerFilterPanel(
                    users.activeInHouseUsers(),
                    masters.departments(),
                    masters.ranks(),
                    masters.progressFlags(),
                    masters.contactThresholds());
            panel.setVisible(false);
            var runDetail = new Button(getTranslation("common.search"), e -> search());
            runDetail.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            runDetail.setId("customer-filter-search");
            var clear = new Button(getTranslation("common.clear"), e -> {
                panel.show(CustomerFilter.NONE);
                search();
            });
            var panelButtons = new Div(runDetail, clear);
            panelButtons.addClassName("kiroku-buttons");
            panel.add(panelButtons);
            filterSlot.add(panel);
            filterPanel = panel;
        }
        return filterPanel;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query =
                event.getLocation().getQueryParameters().getParameters();
        CustomerFilter filter = CustomerFilter.fromQuery(query);
        keyword.setValue(filter.keyword());
        if (filter.detailCount() > 0 || filterPanel != null) {
            filterPanel().show(filter);
            filterPanel().setVisible(filter.detailCount() > 0);
        }
        mode.setSelectedTab(
                RECORDS_MODE.equals(query.getOrDefault("view", List.of("")).stream()
                                .findFirst()
                                .orElse(""))
                        ? recordsTab
                        : customersTab);
        run(filter);
    }

    private void search() {
        run(filterPanel == null ? CustomerFilter.keyword(keyword.getValue()) : filterPanel.read(keyword.getValue()));
    }

    /** Shows the filter's results; {@link #showResults} also writes the criteria into the URL. */
    private void run(CustomerFilter filter) {
        grid.show(filter);
        int details = filter.detailCount();
        String toggleText = details == 0
                ? getTranslation("customer.search.detail")
                : getTranslation("customer.search.detailCount", details);
        // setting the same text again would still send the button's icon and text to the browser anew
        if (!toggleText.equals(detailToggle.getText())) {
            detailToggle.setText(toggleText);
        }
        showResults();
    }

    private void showResults() {
        boolean records = mode.getSelectedTab() == recordsTab;
        CustomerFilter filter = grid.filter();
        Component shown = records ? recordsSlot.getObject().recordsOfCustomers(filter) : grid;
        // a grid taken out and put back is a new element to the browser, built again from its columns up
        if (shown.getParent().orElse(null) != results) {
            results.removeAll();
            results.add(shown);
        }
        if (records) {
            count.setText(getTranslation(
                    "customer.recordCount", recordsSlot.getObject().countOfCustomersRecords(filter)));
        } else {
            CustomerCount found = grid.total();
            count.setText(getTranslation(found.exact() ? "common.count" : "common.countAbout", found.value()));
        }
        csv.setVisible(!records);
        writeUrl();
    }

    private void writeUrl() {
        Map<String, List<String>> query = new LinkedHashMap<>(grid.filter().toQuery());
        if (mode.getSelectedTab() == recordsTab) {
            query.put("view", List.of(RECORDS_MODE));
        }
        getUI().ifPresent(ui ->
                ui.getPage().getHistory().replaceState(null, new Location("customers", new QueryParameters(query))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.customers") + " | Kiroku";
    }
}
