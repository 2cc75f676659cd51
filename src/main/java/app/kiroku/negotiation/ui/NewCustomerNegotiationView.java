package app.kiroku.negotiation.ui;

import app.kiroku.customer.CustomerDraft;
import app.kiroku.customer.CustomerService;
import app.kiroku.customer.PostalCodes;
import app.kiroku.customer.ui.CustomerFields;
import app.kiroku.customer.ui.CustomerView;
import app.kiroku.customer.ui.DuplicateWarningDialog;
import app.kiroku.master.MasterDataService;
import app.kiroku.negotiation.NegotiationDraft;
import app.kiroku.negotiation.NegotiationService;
import app.kiroku.shared.ui.BackButton;
import app.kiroku.shared.ui.Dialogs;
import app.kiroku.shared.ui.KeyShortcuts;
import app.kiroku.shared.validation.InvalidInputException;
import app.kiroku.user.CurrentUser;
import app.kiroku.user.Role;
import app.kiroku.user.UserDirectory;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * 「新規顧客への登録」 from the schedule: one form, the customer above and the record below, the record's date
 * and time taken from the clicked slot. 「上記内容で保存」 stores both in one transaction, or neither.
 */
@Route("schedule/new-customer")
@RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
public class NewCustomerNegotiationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final Set<String> CUSTOMER_FIELDS =
            Set.of("name", "kana", "phone", "mobile", "email", "postalCode", "address", "memo", "assignees");

    private final CustomerService customers;
    private final NegotiationService negotiations;
    private final MasterDataService masters;
    private final UserDirectory users;
    private final CurrentUser currentUser;
    private final Clock clock;
    final CustomerFields customer;
    final NegotiationFields record = new NegotiationFields();

    public NewCustomerNegotiationView(
            CustomerService customers,
            NegotiationService negotiations,
            MasterDataService masters,
            UserDirectory users,
            CurrentUser currentUser,
            Clock clock,
            PostalCodes postalCodes) {
        this.customers = customers;
        customer = new CustomerFields(postalCodes);
        this.negotiations = negotiations;
        this.masters = masters;
        this.users = users;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassNames("kiroku-page", "kiroku-form");
        setId("new-customer-negotiation");
        var header = new Div(new BackButton(), new H1(getTranslation("schedule.newCustomer.title")));
        header.addClassName("kiroku-detail-header");
        var save = new Button(getTranslation("form.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("combined-save");
        KeyShortcuts.save(this, this::save);
        var cancel = new Button(getTranslation("form.cancel"), e -> cancel());
        KeyShortcuts.close(this, this::cancel);
        var buttons = new Div(cancel, save);
        buttons.addClassNames("kiroku-buttons", "kiroku-form-actions");
        add(
                header,
                new H2(getTranslation("schedule.newCustomer.customer")),
                customer,
                new H2(getTranslation("schedule.newCustomer.record")),
                record,
                buttons);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var me = currentUser.require();
        customer.show(new CustomerDraft(), masters.ranks(), users.activeInHouseUsers());
        var draft = new NegotiationDraft();
        draft.setHandlerId(me.id());
        draft.setDepartmentId(me.departmentId());
        SlotTime.from(event.getLocation().getQueryParameters())
                .ifPresent(slot -> slot.fill(draft, LocalDateTime.now(clock)));
        record.show(
                draft,
                users.activeInHouseUsers(),
                null,
                masters.progressFlags(),
                masters.ranks(),
                masters.departments());
        customer.focusName();
    }

    private void save() {
        CustomerDraft newCustomer = customer.read();
        NegotiationDraft newRecord = record.read(0);
        if (newCustomer == null || newRecord == null) {
            return;
        }
        var duplicates = customers.possibleDuplicates(newCustomer, null);
        if (duplicates.isEmpty()) {
            store(newCustomer, newRecord);
        } else {
            new DuplicateWarningDialog(
                            duplicates,
                            existing -> UI.getCurrent().navigate(CustomerView.class, CustomerView.of(existing.id())),
                            () -> store(newCustomer, newRecord))
                    .open();
        }
    }

    private void store(CustomerDraft newCustomer, NegotiationDraft newRecord) {
        try {
            long id = negotiations.createWithNewCustomer(newCustomer, newRecord);
            customer.markSaved(newCustomer);
            record.markSaved(newRecord);
            Dialogs.saved(getTranslation("negotiation.saved"));
            UI.getCurrent().navigate(NegotiationDetailView.class, id);
        } catch (InvalidInputException invalid) {
            Map<String, String> customerErrors = new HashMap<>();
            Map<String, String> recordErrors = new HashMap<>();
            invalid.messageKeysByField()
                    .forEach((field, key) ->
                            (CUSTOMER_FIELDS.contains(field) ? customerErrors : recordErrors).put(field, key));
            customer.showErrors(customerErrors);
            record.showErrors(recordErrors);
        }
    }

    private void cancel() {
        Runnable leave = () -> UI.getCurrent().navigate("schedule");
        if (customer.hasChanges() || record.hasChanges()) {
            Dialogs.confirmDiscard(leave::run);
        } else {
            leave.run();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("schedule.newCustomer.title") + " | Kiroku";
    }
}
