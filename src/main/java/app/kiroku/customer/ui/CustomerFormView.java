package app.kiroku.customer.ui;

import app.kiroku.customer.CustomerDetail;
import app.kiroku.customer.CustomerDraft;
import app.kiroku.customer.CustomerRules;
import app.kiroku.customer.CustomerService;
import app.kiroku.master.MasterDataService;
import app.kiroku.master.MasterItem;
import app.kiroku.shared.data.ConcurrentEditException;
import app.kiroku.shared.ui.BackButton;
import app.kiroku.shared.ui.Dialogs;
import app.kiroku.shared.ui.Rules;
import app.kiroku.shared.validation.InvalidInputException;
import app.kiroku.user.Role;
import app.kiroku.user.UserDirectory;
import app.kiroku.user.UserRef;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * New and edit customer. Messages show at the fields; 保存 (Ctrl+S) checks for duplicates on create; キャンセル
 * (Esc) asks first when something was typed; a save that lost a race keeps the input and says who saved first.
 */
@Route("customers/new")
@RouteAlias("customers/:customerId([0-9]{1,18})/edit")
@RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
public class CustomerFormView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CustomerService customers;
    private final MasterDataService masters;
    private final UserDirectory users;
    private final Binder<CustomerDraft> binder = new Binder<>();
    private final H1 heading = new H1();
    final TextField name = new TextField();
    final TextField kana = new TextField();
    final TextField phone = new TextField();
    final TextField mobile = new TextField();
    final TextField email = new TextField();
    final TextField postalCode = new TextField();
    final TextField address = new TextField();
    final ComboBox<MasterItem> rank = new ComboBox<>();
    final MultiSelectComboBox<UserRef> assignees = new MultiSelectComboBox<>();
    final TextArea memo = new TextArea();
    private final Button save = new Button();
    private @Nullable Long customerId;
    private int version;
    private CustomerDraft draft = new CustomerDraft();
    private List<MasterItem> ranks = List.of();
    private List<UserRef> people = List.of();

    public CustomerFormView(CustomerService customers, MasterDataService masters, UserDirectory users) {
        this.customers = customers;
        this.masters = masters;
        this.users = users;
        addClassNames("kiroku-page", "kiroku-form");
        setId("customer-form");
        buildFields();
        bind();

        save.setText(getTranslation("form.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("customer-save");
        save.addClickListener(e -> save());
        save.setTooltipText(getTranslation("form.save") + " (Ctrl+S)");
        Shortcuts.addShortcutListener(this, this::save, Key.KEY_S, KeyModifier.CONTROL).allowBrowserDefault();
        var cancel = new Button(getTranslation("form.cancel"), e -> cancel());
        cancel.setId("customer-cancel");
        Shortcuts.addShortcutListener(this, this::cancel, Key.ESCAPE);

        var form = new FormLayout(name, kana, phone, mobile, email, postalCode, address, rank, assignees, memo);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 2));
        form.setColspan(address, 2);
        form.setColspan(assignees, 2);
        form.setColspan(memo, 2);
        var header = new Div(new BackButton(), heading);
        header.addClassName("kiroku-detail-header");
        var buttons = new Div(cancel, save);
        buttons.addClassNames("kiroku-buttons", "kiroku-form-actions");
        add(header, form, buttons);
    }

    private void buildFields() {
        name.setLabel(getTranslation("customer.name"));
        name.setMaxLength(CustomerRules.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        name.setId("field-name");
        kana.setLabel(getTranslation("customer.kana"));
        kana.setMaxLength(CustomerRules.KANA_MAX);
        kana.setRequiredIndicatorVisible(true);
        kana.setHelperText(getTranslation("customer.kana.helper"));
        kana.setId("field-kana");
        // shown as it will be stored, as soon as the user leaves the field
        kana.addBlurListener(e -> {
            if (CustomerRules.checkKana(kana.getValue()).isEmpty()) {
                kana.setValue(CustomerRules.normalizeKana(kana.getValue()));
            }
        });
        phone.setLabel(getTranslation("customer.phone"));
        phone.setId("field-phone");
        mobile.setLabel(getTranslation("customer.mobile"));
        mobile.setId("field-mobile");
        for (TextField tel : List.of(phone, mobile)) {
            tel.setMaxLength(CustomerRules.PHONE_MAX);
            tel.getElement().setAttribute("inputmode", "tel");
            tel.setPlaceholder("03-1234-5678");
        }
        email.setLabel(getTranslation("customer.email"));
        email.setMaxLength(CustomerRules.EMAIL_MAX);
        email.getElement().setAttribute("inputmode", "email");
        email.setId("field-email");
        postalCode.setLabel(getTranslation("customer.postalCode"));
        postalCode.setPlaceholder("123-4567");
        postalCode.getElement().setAttribute("inputmode", "numeric");
        postalCode.setId("field-postal");
        address.setLabel(getTranslation("customer.address"));
        address.setMaxLength(CustomerRules.ADDRESS_MAX);
        address.setId("field-address");
        rank.setLabel(getTranslation("customer.rank"));
        rank.setItemLabelGenerator(MasterItem::name);
        rank.setClearButtonVisible(true);
        rank.setId("field-rank");
        assignees.setLabel(getTranslation("customer.assignees"));
        assignees.setItemLabelGenerator(UserRef::name);
        assignees.setId("field-assignees");
        memo.setLabel(getTranslation("customer.memo"));
        memo.setMaxLength(CustomerRules.MEMO_MAX);
        memo.setId("field-memo");
    }

    private void bind() {
        binder.forField(name).withValidator(Rules.of(CustomerRules::checkName))
                .bind(CustomerDraft::getName, CustomerDraft::setName);
        binder.forField(kana).withValidator(Rules.of(CustomerRules::checkKana))
                .bind(CustomerDraft::getKana, CustomerDraft::setKana);
        binder.forField(phone).withValidator(Rules.of(CustomerRules::checkPhone))
                .bind(CustomerDraft::getPhone, CustomerDraft::setPhone);
        binder.forField(mobile).withValidator(Rules.of(CustomerRules::checkPhone))
                .bind(CustomerDraft::getMobile, CustomerDraft::setMobile);
        binder.forField(email).withValidator(Rules.of(CustomerRules::checkEmail))
                .bind(CustomerDraft::getEmail, CustomerDraft::setEmail);
        binder.forField(postalCode).withValidator(Rules.of(CustomerRules::checkPostalCode))
                .bind(CustomerDraft::getPostalCode, CustomerDraft::setPostalCode);
        binder.forField(address).withValidator(Rules.of(CustomerRules::checkAddress))
                .bind(CustomerDraft::getAddress, CustomerDraft::setAddress);
        binder.forField(memo).withValidator(Rules.of(CustomerRules::checkMemo))
                .bind(CustomerDraft::getMemo, CustomerDraft::setMemo);
        binder.forField(rank).bind(d -> ranks.stream().filter(r -> Objects.equals(r.id(), d.getRankId())).findFirst()
                .orElse(null), (d, value) -> d.setRankId(value == null ? null : value.id()));
        binder.forField(assignees).bind(
                d -> people.stream().filter(u -> d.getAssigneeIds().contains(u.id())).collect(Collectors.toSet()),
                (d, value) -> d.setAssigneeIds(value.stream().map(UserRef::id).collect(Collectors.toSet())));
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
    }

    private void load(CustomerDraft values, int loadedVersion, @Nullable CustomerDetail detail) {
        // retired ranks and inactive users stay selectable only where they are already chosen
        ranks = masters.ranks().stream().filter(r -> r.active() || Objects.equals(r.id(), values.getRankId())).toList();
        List<UserRef> active = new ArrayList<>(users.activeInHouseUsers());
        if (detail != null) {
            detail.assignees().stream().filter(a -> active.stream().noneMatch(u -> u.id() == a.id()))
                    .forEach(a -> active.add(new UserRef(a.id(), getTranslation("user.inactiveName", a.name()), "",
                            null, Role.STAFF, false)));
        }
        people = active;
        rank.setItems(ranks);
        assignees.setItems(people);
        draft = values;
        version = loadedVersion;
        binder.readBean(draft);
        name.focus();
    }

    private void save() {
        var edited = new CustomerDraft();
        if (!binder.writeBeanIfValid(edited)) {
            binder.validate().getFieldValidationErrors().stream().findFirst()
                    .ifPresent(error -> ((com.vaadin.flow.component.Focusable<?>) error.getField()).focus());
            return;
        }
        if (customerId == null) {
            var duplicates = customers.possibleDuplicates(edited, null);
            if (!duplicates.isEmpty()) {
                new DuplicateWarningDialog(duplicates,
                        existing -> UI.getCurrent().navigate(CustomerView.class, CustomerView.of(existing.id())),
                        () -> store(edited)).open();
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
            binder.readBean(edited);
            Dialogs.saved(getTranslation("customer.saved", edited.getName()));
            UI.getCurrent().navigate(CustomerView.class, CustomerView.of(id));
        } catch (InvalidInputException invalid) {
            showErrors(invalid.messageKeysByField());
        } catch (ConcurrentEditException conflict) {
            Long id = customerId;
            Dialogs.conflict(conflict, () -> UI.getCurrent().navigate(CustomerFormView.class, CustomerView.of(id)));
        }
    }

    private void showErrors(Map<String, String> keysByField) {
        Map<String, HasValidation> fields = Map.of("name", name, "kana", kana, "phone", phone, "mobile", mobile,
                "email", email, "postalCode", postalCode, "address", address, "memo", memo, "assignees", assignees);
        keysByField.forEach((field, key) -> {
            HasValidation component = fields.get(field);
            if (component != null) {
                component.setErrorMessage(getTranslation(key));
                component.setInvalid(true);
            } else {
                Dialogs.error(getTranslation(key));
            }
        });
    }

    private void cancel() {
        Runnable leave = () -> {
            if (customerId == null) {
                UI.getCurrent().navigate(CustomerSearchView.class);
            } else {
                UI.getCurrent().navigate(CustomerView.class, CustomerView.of(customerId));
            }
        };
        if (binder.hasChanges()) {
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
