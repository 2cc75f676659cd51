package app.kiroku.customer.ui;

import app.kiroku.customer.CustomerFilter;
import app.kiroku.customer.CustomerListItem;
import app.kiroku.customer.CustomerService;
import app.kiroku.shared.ui.KeyShortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;

/** 「既存顧客への登録」: the customer quick search in a dialog; tick one customer, then 「選択」. */
public class CustomerPickerDialog extends Dialog {

    private final CustomerService customers;
    private final TextField keyword = new TextField();
    final Grid<CustomerListItem> grid = new Grid<>();
    private CustomerFilter filter = CustomerFilter.NONE;

    public CustomerPickerDialog(CustomerService customers, SerializableConsumer<CustomerListItem> chosen) {
        this.customers = customers;
        setHeaderTitle(getTranslation("customer.picker.title"));
        setId("customer-picker");
        setWidth("min(52rem, 96vw)");
        setHeight("min(40rem, 90vh)");
        keyword.setPlaceholder(getTranslation("customer.search.placeholder"));
        keyword.setPrefixComponent(VaadinIcon.SEARCH.create());
        keyword.setClearButtonVisible(true);
        keyword.setWidthFull();
        keyword.setId("picker-keyword");
        var search = new Button(VaadinIcon.SEARCH.create(), e -> search());
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ICON);
        search.setAriaLabel(getTranslation("common.search"));
        KeyShortcuts.enterClicks(search, keyword);
        search.setId("picker-search");

        grid.setId("picker-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setSelectionMode(Grid.SelectionMode.SINGLE);
        grid.addColumn(CustomerListItem::name)
                .setHeader(getTranslation("customer.name"))
                .setFlexGrow(2);
        grid.addColumn(CustomerListItem::kana).setHeader(getTranslation("customer.kana.short"));
        grid.addColumn(c -> c.phone() != null ? c.phone() : c.mobile())
                .setHeader(getTranslation("customer.phone.short"));
        grid.addColumn(CustomerListItem::address)
                .setHeader(getTranslation("customer.address"))
                .setFlexGrow(2);
        // no 件数 here: the picker grows as it scrolls, and a keyword of one common character costs no count
        grid.setItems(q -> customers.search(filter, java.util.List.of(), q.getOffset(), q.getLimit()).stream());
        grid.setHeight("100%");

        var choose = new Button(
                getTranslation("customer.picker.choose"),
                e -> grid.asSingleSelect().getOptionalValue().ifPresent(customer -> {
                    close();
                    chosen.accept(customer);
                }));
        choose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        choose.setEnabled(false);
        choose.setId("picker-choose");
        grid.asSingleSelect().addValueChangeListener(e -> choose.setEnabled(e.getValue() != null));
        var cancel = new Button(getTranslation("form.cancel"), e -> close());
        var bar = new com.vaadin.flow.component.html.Div(keyword, search);
        bar.addClassName("kiroku-search-bar");
        add(bar, grid);
        getFooter().add(cancel, choose);
        keyword.focus();
    }

    private void search() {
        filter = CustomerFilter.keyword(keyword.getValue());
        grid.getDataProvider().refreshAll();
    }
}
