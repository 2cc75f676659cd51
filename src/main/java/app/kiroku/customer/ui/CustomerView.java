package app.kiroku.customer.ui;

import app.kiroku.customer.CustomerDetail;
import app.kiroku.customer.CustomerService;
import app.kiroku.shared.ui.BackButton;
import app.kiroku.shared.ui.FieldList;
import app.kiroku.shared.ui.Formats;
import app.kiroku.user.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/** 顧客情報: the customer's data and 担当者, 「編集」, and the customer's negotiation records below. */
@Route("customers/:customerId([0-9]{1,18})")
@RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
public class CustomerView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "customerId";

    private final CustomerService customers;
    private final ObjectProvider<CustomerRecordsSlot> recordsSlot;
    private String title = "";

    public CustomerView(CustomerService customers, ObjectProvider<CustomerRecordsSlot> recordsSlot) {
        this.customers = customers;
        this.recordsSlot = recordsSlot;
        addClassNames("kiroku-page", "kiroku-customer");
    }

    public static RouteParameters of(long id) {
        return new RouteParameters(ID, String.valueOf(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong(ID).orElseThrow(NotFoundException::new);
        CustomerDetail customer = customers.detail(id).orElseThrow(NotFoundException::new);
        title = customer.name();
        removeAll();

        var name = new H1(customer.name());
        name.setId("customer-name");
        var kana = new Span(customer.kana());
        kana.addClassName("kiroku-muted");
        var edit = new Button(
                getTranslation("common.edit"),
                VaadinIcon.EDIT.create(),
                e -> UI.getCurrent().navigate(CustomerFormView.class, of(id)));
        edit.setId("customer-edit");
        CustomerRecordsSlot slot = recordsSlot.getObject();
        var actions = new Div(slot.registerButton(id, false), edit);
        actions.addClassName("kiroku-header-actions");
        var header = new Div(new BackButton(), new Div(name, kana), actions);
        header.addClassName("kiroku-detail-header");

        var fields = new FieldList("customer-fields");
        fields.add(getTranslation("customer.phone"), customer.phone());
        fields.add(getTranslation("customer.mobile"), customer.mobile());
        fields.add(getTranslation("customer.email"), customer.email());
        fields.add(
                getTranslation("customer.address"),
                join(customer.postalCode() == null ? null : "〒" + customer.postalCode(), customer.address()));
        fields.add(getTranslation("customer.rank"), customer.rankName());
        fields.add(
                getTranslation("customer.assignees"),
                customer.assignees().stream()
                        .map(a -> a.active() ? a.name() : getTranslation("user.inactiveName", a.name()))
                        .collect(Collectors.joining("、")));
        fields.addProgress(
                getTranslation("customer.currentProgress"), customer.progressName(), customer.progressColor());
        fields.add(getTranslation("customer.nextContact"), Formats.date(customer.nextContactDate(), getLocale()));
        fields.add(getTranslation("customer.memo"), customer.memo()).addClassName("kiroku-multiline");
        fields.add(
                getTranslation("common.updated"),
                getTranslation(
                        "common.byAt", customer.updatedByName(), Formats.dateTime(customer.updatedAt(), getLocale())));

        var recordsTitle = new H2(getTranslation("customer.records"));
        var records = new Div(recordsTitle, slot.recordsOf(id));
        records.addClassName("kiroku-section");
        records.setId("customer-records");
        add(header, fields, records, slot.registerButton(id, true));
    }

    private static @Nullable String join(@Nullable String first, @Nullable String second) {
        if (first == null) {
            return second;
        }
        return second == null ? first : first + " " + second;
    }

    @Override
    public String getPageTitle() {
        return title + " | Kiroku";
    }
}
