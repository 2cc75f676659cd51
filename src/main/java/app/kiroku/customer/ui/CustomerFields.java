package app.kiroku.customer.ui;

import app.kiroku.customer.CustomerDraft;
import app.kiroku.customer.CustomerRules;
import app.kiroku.customer.PostalCodes;
import app.kiroku.master.MasterItem;
import app.kiroku.shared.ui.Rules;
import app.kiroku.user.UserRef;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A customer's fields, bound to a draft, with the messages of {@link CustomerRules} at each field. Used by the
 * customer form and by the schedule's 「新規顧客への登録」, whose upper part creates the customer. 郵便番号 fills 住所
 * ({@link PostalCodeAssist}).
 */
public class CustomerFields extends FormLayout {

    final TextField name = new TextField();
    final TextField kana = new TextField();
    final TextField phone = new TextField();
    final TextField mobile = new TextField();
    final TextField email = new TextField();
    final TextField postalCode = new TextField();
    final TextField address = new TextField();
    final ComboBox<MasterItem> rank = new ComboBox<>();
    final TextField code = new TextField();
    final MultiSelectComboBox<UserRef> assignees = new MultiSelectComboBox<>();
    final TextArea memo = new TextArea();
    final PostalCodeAssist postalAssist;
    private final Binder<CustomerDraft> binder = new Binder<>();
    private List<MasterItem> ranks = List.of();
    private List<UserRef> people = List.of();

    public CustomerFields(PostalCodes postalCodes) {
        setId("customer-fields-form");
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
        postalAssist = new PostalCodeAssist(postalCodes, postalCode, address);
        rank.setLabel(getTranslation("customer.rank"));
        rank.setItemLabelGenerator(MasterItem::name);
        rank.setClearButtonVisible(true);
        rank.setId("field-rank");
        code.setLabel(getTranslation("customer.code"));
        code.setMaxLength(CustomerRules.CODE_MAX);
        code.setHelperText(getTranslation("customer.code.helper"));
        code.setId("field-code");
        assignees.setLabel(getTranslation("customer.assignees"));
        assignees.setItemLabelGenerator(UserRef::name);
        assignees.setId("field-assignees");
        memo.setLabel(getTranslation("customer.memo"));
        memo.setMaxLength(CustomerRules.MEMO_MAX);
        memo.setId("field-memo");

        add(name, kana, phone, mobile, email, postalCode, address, postalAssist, rank, code, assignees, memo);
        // one column up to a tablet in portrait, two on a desk
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("900px", 2));
        setColspan(address, 2);
        setColspan(postalAssist, 2);
        setColspan(assignees, 2);
        setColspan(memo, 2);
        bind();
    }

    private void bind() {
        binder.forField(name)
                .withValidator(Rules.of(CustomerRules::checkName))
                .bind(CustomerDraft::getName, CustomerDraft::setName);
        binder.forField(kana)
                .withValidator(Rules.of(CustomerRules::checkKana))
                .bind(CustomerDraft::getKana, CustomerDraft::setKana);
        binder.forField(phone)
                .withValidator(Rules.of(CustomerRules::checkPhone))
                .bind(CustomerDraft::getPhone, CustomerDraft::setPhone);
        binder.forField(mobile)
                .withValidator(Rules.of(CustomerRules::checkPhone))
                .bind(CustomerDraft::getMobile, CustomerDraft::setMobile);
        binder.forField(email)
                .withValidator(Rules.of(CustomerRules::checkEmail))
                .bind(CustomerDraft::getEmail, CustomerDraft::setEmail);
        binder.forField(postalCode)
                .withValidator(Rules.of(CustomerRules::checkPostalCode))
                .bind(CustomerDraft::getPostalCode, CustomerDraft::setPostalCode);
        binder.forField(address)
                .withValidator(Rules.of(CustomerRules::checkAddress))
                .bind(CustomerDraft::getAddress, CustomerDraft::setAddress);
        binder.forField(code)
                .withValidator(Rules.of(CustomerRules::checkCode))
                .bind(CustomerDraft::getCode, CustomerDraft::setCode);
        binder.forField(memo)
                .withValidator(Rules.of(CustomerRules::checkMemo))
                .bind(CustomerDraft::getMemo, CustomerDraft::setMemo);
        binder.forField(rank)
                .bind(
                        d -> ranks.stream()
                                .filter(r -> Objects.equals(r.id(), d.getRankId()))
                                .findFirst()
                                .orElse(null),
                        (d, value) -> d.setRankId(value == null ? null : value.id()));
        binder.forField(assignees)
                .bind(
                        d -> people.stream()
                                .filter(u -> d.getAssigneeIds().contains(u.id()))
                                .collect(Collectors.toSet()),
                        (d, value) ->
                                d.setAssigneeIds(value.stream().map(UserRef::id).collect(Collectors.toSet())));
    }

    /** Shows {@code draft}; retired ranks and inactive users are listed only where already chosen. */
    public void show(CustomerDraft draft, List<MasterItem> allRanks, List<UserRef> choosablePeople) {
        ranks = allRanks.stream()
                .filter(r -> r.active() || Objects.equals(r.id(), draft.getRankId()))
                .toList();
        people = choosablePeople;
        rank.setItems(ranks);
        assignees.setItems(people);
        binder.readBean(draft);
        postalAssist.reset();
    }

    /** The typed values if every field is valid; otherwise null, with the messages at the fields. */
    public @Nullable CustomerDraft read() {
        var edited = new CustomerDraft();
        if (binder.writeBeanIfValid(edited)) {
            return edited;
        }
        binder.validate().getFieldValidationErrors().stream()
                .findFirst()
                .ifPresent(error -> ((Focusable<?>) error.getField()).focus());
        return null;
    }

    public boolean hasChanges() {
        return binder.hasChanges();
    }

    public void markSaved(CustomerDraft draft) {
        binder.readBean(draft);
    }

    public void focusName() {
        name.focus();
    }

    /** Messages from the service, at their fields; true when every key found its field. */
    public boolean showErrors(Map<String, String> keysByField) {
        Map<String, HasValidation> fields = Map.ofEntries(
                Map.entry("name", name),
                Map.entry("kana", kana),
                Map.entry("phone", phone),
                Map.entry("mobile", mobile),
                Map.entry("email", email),
                Map.entry("postalCode", postalCode),
                Map.entry("address", address),
                Map.entry("memo", memo),
                Map.entry("assignees", assignees),
                Map.entry("code", code));
        boolean all = true;
        for (var entry : keysByField.entrySet()) {
            HasValidation component = fields.get(entry.getKey());
            if (component == null) {
                all = false;
            } else {
                component.setErrorMessage(getTranslation(entry.getValue()));
                component.setInvalid(true);
            }
        }
        return all;
    }
}
