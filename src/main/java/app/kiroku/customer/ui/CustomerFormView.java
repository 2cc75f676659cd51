package app.kiroku.customer.ui;

import app.kiroku.customer.CustomerDetail;
import app.kiroku.customer.CustomerDraft;
import app.kiroku.customer.CustomerService;
import app.kiroku.customer.PostalCodes;
import app.kiroku.master.MasterDataService;
import app.kiroku.shared.data.ConcurrentEditException;
import app.kiroku.shared.ui.BackButton;
import app.kiroku.shared.ui.Dialogs;
import app.kiroku.shared.ui.DraftKeeper;
import app.kiroku.shared.ui.KeyShortcuts;
import app.kiroku.shared.validation.InvalidInputException;
import app.kiroku.user.CurrentUser;
import app.kiroku.user.Role;
import app.kiroku.user.UserDirectory;
import app.kiroku.user.UserRef;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * New and edit customer. Messages show at the fields; 保存 (Ctrl+S) checks for duplicates on create; キャンセル
 * (Esc) asks first when something was typed; a save that lost a race keeps the input and says who saved first.
 * What is typed is kept as a draft in the browser until it is saved or cancelled ({@link DraftKeeper}).
 */
@Route("customers/new")
@RouteAlias("customers/:customerId([0-9]{1,18})/edit")
@RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
public class CustomerFormView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CustomerService customers;
    private final MasterDataService masters;
    private final UserDirectory users;
    private final CurrentUser currentUser;
    final DraftKeeper drafts;
    private final H1 heading = new H1();
    final CustomerFields fields;
    private final Button save = new Button();
    private @Nullable Long customerId;
    private int version;

    public CustomerFormView(
            CustomerService customers,
            MasterDataService masters,
            UserDirectory users,
            CurrentUser currentUser,
            Clock clock,
            PostalCodes postalCodes) {
        this.customers = customers;
        fields = new CustomerFields(postalCodes);
        this.masters = masters;
        this.users = users;
        this.currentUser = currentUser;
        drafts = new DraftKeeper(this, clock.getZone());
        addClassNames("kiroku-page", "kiroku-form");
        setId("customer-form");

        save.setText(getTranslation("form.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("customer-save");
        save.addClickListener(e -> save());
        save.setTooltipText(getTranslation("form.save") + " (Ctrl+S)");
        KeyShortcuts.save(this, this::save);
        var cancel = new Button(getTranslation("form.cancel"), e -> cancel());
        cancel.setId("customer-cancel");
        KeyShortcuts.close(this, this::cancel);

        var header = new Div(new BackButton(), heading);
        header.addClassName("kiroku-detail-header");
        var buttons = new Div(cancel, save);
        buttons.addClassNames("kiroku-buttons", "kiroku-form-actions");
        add(header, fields, buttons);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        customerId = event.getRouteParameters().getLong(CustomerView.ID).orElse(null);
        if (customerId == null) {
            load(new CustomerDraft(), 0, null);
            heading.setText(getTranslation("customer.new.title"));
        } else {
            CustomerDetail detail = customers.detail(customerId).orElseThrow(NotFoundException::new);
            load(detail.toDraft(), detail.version(), detail);
            heading.setText(getTranslation("customer.edit.title"));
        }
        long me = currentUser.require().id();
        drafts.open(
                customerId == null
                        ? DraftKeeper.key(me, "customer", "new")
                        : DraftKeeper.key(me, "customer", "edit", customerId),
                version,
                restored -> version = restored);
    }

    private void load(CustomerDraft values, int loadedVersion, @Nullable CustomerDetail detail) {
        // inactive users stay listed only where they are already chosen
        List<UserRef> active = new ArrayList<>(users.activeInHouseUsers());
        if (detail != null) {
            detail.assignees().stream()
                    .filter(a -> active.stream().noneMatch(u -> u.id() == a.id()))
                    .forEach(a -> active.add(new UserRef(
                            a.id(), getTranslation("user.inactiveName", a.name()), "", null, Role.STAFF, false)));
        }
        fields.show(values, masters.ranks(), active);
        version = loadedVersion;
        fields.focusName();
    }

    private void save() {
        CustomerDraft edited = fields.read();
        if (edited == null) {
            return;
        }
        if (customerId == null) {
            var duplicates = customers.possibleDuplicates(edited, null);
            if (!duplicates.isEmpty()) {
                new DuplicateWarningDialog(
                                duplicates,
                                existing ->
                                        UI.getCurrent().navigate(CustomerView.class, CustomerView.of(existing.id())),
                                () -> store(edited))
                        .open();
                return;
            }
        }
        store(edited);
    }

    private void store(CustomerDraft edited) {
        try {
            long id;
            if (customerId == null) {
                id = customers.create(edited);
            } else {
                id = customerId;
                customers.update(id, version, edited);
            }
            fields.markSaved(edited);
            drafts.discard();
            Dialogs.saved(getTranslation("customer.saved", edited.getName()));
            UI.getCurrent().navigate(CustomerView.class, CustomerView.of(id));
        } catch (InvalidInputException invalid) {
            if (!fields.showErrors(invalid.messageKeysByField())) {
                invalid.messageKeysByField().values().forEach(key -> Dialogs.error(getTranslation(key)));
            }
        } catch (ConcurrentEditException conflict) {
            Long id = customerId;
            Dialogs.conflict(conflict, () -> {
                drafts.discard();
                UI.getCurrent().navigate(CustomerFormView.class, CustomerView.of(id));
            });
        }
    }

    private void cancel() {
        Runnable leave = () -> {
            drafts.discard();
            if (customerId == null) {
                UI.getCurrent().navigate(CustomerSearchView.class);
            } else {
                UI.getCurrent().navigate(CustomerView.class, CustomerView.of(customerId));
            }
        };
        if (fields.hasChanges()) {
            Dialogs.confirmDiscard(leave::run);
        } else {
            leave.run();
        }
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " | Kiroku";
    }
}
