package app.kiroku.negotiation.ui;

import app.kiroku.customer.CustomerFilter;
import app.kiroku.customer.ui.CustomerRecordsSlot;
import app.kiroku.negotiation.NegotiationHeading;
import app.kiroku.negotiation.NegotiationService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

/** Fills the customer screens' places for negotiation records: the 見出し list and the cross search. */
@org.springframework.stereotype.Component
class NegotiationCustomerSlot implements CustomerRecordsSlot {

    private final NegotiationService negotiations;

    NegotiationCustomerSlot(NegotiationService negotiations) {
        this.negotiations = negotiations;
    }

    @Override
    public com.vaadin.flow.component.Component recordsOf(long customerId) {
        int count = negotiations.countOf(customerId);
        if (count == 0) {
            var none = new Paragraph();
            none.addClassName("kiroku-muted");
            none.setText(none.getTranslation("negotiation.headings.empty"));
            return none;
        }
        Grid<NegotiationHeading> grid = HeadingColumns.grid("customer-headings");
        HeadingColumns.date(grid);
        HeadingColumns.state(grid);
        HeadingColumns.progress(grid);
        HeadingColumns.handler(grid);
        HeadingColumns.headline(grid);
        HeadingColumns.compact(grid, false);
        grid.setItems(
                query -> negotiations.headingsOf(customerId, query.getOffset(), query.getLimit()).stream(),
                query -> negotiations.countOf(customerId));
        grid.addClassName("kiroku-headings");
        return grid;
    }

    @Override
    public com.vaadin.flow.component.Component registerButton(long customerId, boolean floating) {
        var button = new Button(
                VaadinIcon.PLUS.create(), e -> UI.getCurrent().navigate(NegotiationFormView.createPath(customerId)));
        String label = button.getTranslation("negotiation.register");
        if (floating) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ICON);
            button.setAriaLabel(label);
            button.setTooltipText(label);
            button.addClassName("kiroku-fab");
            button.setId("negotiation-register-fab");
        } else {
            button.setText(label);
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            button.setId("negotiation-register");
        }
        return button;
    }

    @Override
    public com.vaadin.flow.component.Component recordsOfCustomers(CustomerFilter filter) {
        Grid<NegotiationHeading> grid = HeadingColumns.grid("cross-grid");
        HeadingColumns.progress(grid);
        HeadingColumns.date(grid);
        grid.addColumn(NegotiationHeading::customerName)
                .setHeader(grid.getTranslation("customer.name"))
                .setWidth("12rem")
                .setFlexGrow(0);
        HeadingColumns.handler(grid);
        HeadingColumns.headline(grid);
        HeadingColumns.state(grid);
        HeadingColumns.compact(grid, true);
        // hovering a row shows the record's content
        grid.getColumns().forEach(column -> column.setTooltipGenerator(h -> tooltip(grid, h)));
        grid.setItems(
                query -> negotiations.ofCustomers(filter, query.getOffset(), query.getLimit()).stream(),
                query -> negotiations.countOfCustomers(filter));
        var wrapper = new Div(grid);
        wrapper.addClassName("kiroku-cross");
        return wrapper;
    }

    @Override
    public int countOfCustomersRecords(CustomerFilter filter) {
        return negotiations.countOfCustomers(filter);
    }

    private static String tooltip(Grid<NegotiationHeading> grid, NegotiationHeading heading) {
        var text = new StringBuilder(heading.customerName());
        text.append('\n')
                .append(heading.report() == null ? grid.getTranslation("negotiation.report.none") : heading.report());
        if (heading.remarks() != null && !heading.remarks().isBlank()) {
            text.append("\n\n")
                    .append(grid.getTranslation("negotiation.remarks"))
                    .append(": ")
                    .append(heading.remarks());
        }
        return text.toString();
    }
}
