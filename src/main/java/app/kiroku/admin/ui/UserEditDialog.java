package app.kiroku.admin.ui;

import app.kiroku.master.MasterItem;
import app.kiroku.shared.data.ConcurrentEditException;
import app.kiroku.shared.ui.Dialogs;
import app.kiroku.shared.validation.InvalidInputException;
import app.kiroku.user.Role;
import app.kiroku.user.UserAdminService;
import app.kiroku.user.UserDraft;
import app.kiroku.user.UserListItem;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Create or edit a user; reset the password and unlock from here too. Errors show at the fields. */
class UserEditDialog extends Dialog {

    final TextField loginId = new TextField();
    final TextField name = new TextField();
    final TextField kana = new TextField();
    final TextField email = new TextField();
    final Select<Role> role = new Select<>();
    final ComboBox<MasterItem> department = new ComboBox<>();
    final Checkbox active = new Checkbox();
    final Checkbox mayImport = new Checkbox();

    UserEditDialog(
            UserAdminService users,
            List<MasterItem> departments,
            @Nullable UserListItem user,
            LocalDateTime now,
            SerializableRunnable changed) {
        setHeaderTitle(getTranslation(user == null ? "user.new.title" : "user.edit.title"));
        setId("user-dialog");
        setWidth("min(40rem, 95vw)");
        loginId.setLabel(getTranslation("user.loginId"));
        loginId.setId("user-login-id");
        name.setLabel(getTranslation("user.name"));
        name.setId("user-name");
        kana.setLabel(getTranslation("user.kana"));
        email.setLabel(getTranslation("user.email"));
        email.setId("user-email");
        role.setLabel(getTranslation("user.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name().toLowerCase(Locale.ROOT)));
        role.setId("user-role");
        department.setLabel(getTranslation("user.department"));
        department.setItems(departments.stream()
                .filter(d -> d.active() || (user != null && Objects.equals(d.id(), user.departmentId())))
                .toList());
        department.setItemLabelGenerator(MasterItem::name);
        department.setClearButtonVisible(true);
        active.setLabel(getTranslation("user.active"));
        active.setId("user-active");
        mayImport.setLabel(getTranslation("user.mayImport"));
        mayImport.setId("user-may-import");
        role.addValueChangeListener(e -> mayImport.setEnabled(e.getValue() == Role.STAFF));
        var form = new FormLayout(loginId, name, kana, email, role, department, active, mayImport);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        add(form);

        UserDraft draft = user == null ? new UserDraft() : user.toDraft();
        loginId.setValue(draft.getLoginId());
        name.setValue(draft.getName());
        kana.setValue(draft.getKana());
        email.setValue(draft.getEmail() == null ? "" : draft.getEmail());
        role.setValue(draft.getRole());
        department.setValue(departments.stream()
                .filter(d -> Objects.equals(d.id(), draft.getDepartmentId()))
                .findFirst()
                .orElse(null));
        active.setValue(draft.isActive());
        mayImport.setValue(draft.isMayImport());
        mayImport.setEnabled(draft.getRole() == Role.STAFF);

        if (user != null) {
            var reset = new Button(getTranslation("user.resetPassword"), e -> {
                var issued = users.resetPassword(user.id());
                close();
                TemporaryPasswordDialog.show(user.loginId(), issued);
                changed.run();
            });
            reset.setId("user-reset-password");
            getFooter().add(reset);
            if (user.lockedAt(now)) {
                var unlock = new Button(getTranslation("user.unlock"), e -> {
                    users.unlock(user.id());
                    Dialogs.saved(getTranslation("user.unlocked", user.name()));
                    close();
                    changed.run();
                });
                unlock.setId("user-unlock");
                getFooter().add(unlock);
            }
        }
        var spacer = new Span();
        spacer.addClassName("kiroku-spacer");
        var cancel = new Button(getTranslation("form.cancel"), e -> close());
        var save = new Button(getTranslation("common.saveShort"), e -> save(users, user, changed));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("user-save");
        getFooter().add(spacer, cancel, save);
    }

    private void save(UserAdminService users, @Nullable UserListItem user, SerializableRunnable changed) {
        var draft = new UserDraft();
        draft.setLoginId(loginId.getValue());
        draft.setName(name.getValue());
        draft.setKana(kana.getValue());
        draft.setEmail(email.getValue());
        draft.setRole(role.getValue());
        draft.setDepartmentId(
                department.getValue() == null ? null : department.getValue().id());
        draft.setActive(active.getValue());
        draft.setMayImport(mayImport.getValue());
        try {
            if (user == null) {
                var issued = users.create(draft);
                close();
                TemporaryPasswordDialog.show(draft.getLoginId(), issued);
            } else {
                users.update(user.id(), user.version(), draft);
                close();
                Dialogs.saved(getTranslation("user.saved", draft.getName()));
            }
            changed.run();
        } catch (InvalidInputException invalid) {
            Map<String, HasValidation> fields = Map.of(
                    "loginId", loginId, "name", name, "kana", kana, "email", email, "role", role, "active", active);
            invalid.messageKeysByField().forEach((field, key) -> {
                HasValidation component = fields.get(field);
                if (component != null) {
                    component.setErrorMessage(getTranslation(key));
                    component.setInvalid(true);
                }
            });
        } catch (ConcurrentEditException conflict) {
            Dialogs.error(getTranslation("user.error.changed"));
        }
    }
}
