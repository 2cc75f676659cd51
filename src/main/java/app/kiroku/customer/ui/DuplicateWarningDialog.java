package app.kiroku.customer.ui;

import app.kiroku.customer.CustomerListItem;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.List;

/** Before a new customer is stored: customers with the same kana or phone already exist — open one, or go on. */
public class DuplicateWarningDialog extends Dialog {

    public DuplicateWarningDialog(
            List<CustomerListItem> matches,
            SerializableConsumer<CustomerListItem> open,
            SerializableRunnable createAnyway) {
        setHeaderTitle(getTranslation("customer.duplicates.title"));
        setId("duplicate-dialog");
        setWidth("min(46rem, 95vw)");
        var text = new Paragraph(getTranslation("customer.duplicates.text", matches.size()));

        var grid = new Grid<CustomerListItem>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(CustomerListItem::name)
                .setHeader(getTranslation("customer.name"))
                .setFlexGrow(2);
        grid.addColumn(CustomerListItem::kana).setHeader(getTranslation("customer.kana.short"));
        grid.addColumn(c -> c.phone() != null ? c.phone() : c.mobile())
                .setHeader(getTranslation("customer.phone.short"));
        grid.addComponentColumn(c -> {
                    var openButton = new Button(getTranslation("customer.duplicates.open"), e -> {
                        close();
                        open.accept(c);
                    });
                    openButton.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    return openButton;
                })
                .setFlexGrow(0)
                .setAutoWidth(true);
        grid.setItems(matches);
        grid.addItemClickListener(e -> {
            close();
            open.accept(e.getItem());
        });
        grid.setAllRowsVisible(true);
        grid.setId("duplicate-grid");
        add(text, grid);

        var back = new Button(getTranslation("customer.duplicates.back"), e -> close());
        back.setId("duplicate-back");
        var anyway = new Button(getTranslation("customer.duplicates.continue"), e -> {
            close();
            createAnyway.run();
        });
        anyway.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        anyway.setId("duplicate-continue");
        getFooter().add(back, anyway);
    }
}
