package app.kiroku.user.ui;

import app.kiroku.shared.i18n.KirokuI18nProvider;
import app.kiroku.shared.ui.Dialogs;
import app.kiroku.shared.validation.InvalidInputException;
import app.kiroku.user.AccountService;
import app.kiroku.user.PasswordPolicy;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;

/**
 * アカウント設定, for every user: change the password (old one required), the display language and, for in-house users,
 * the mail about their visits.
 */
@Route("account")
@PermitAll
public class AccountView extends Div implements HasDynamicTitle {

    final PasswordField current = new PasswordField();
    final PasswordField password = new PasswordField();
    final PasswordField repeat = new PasswordField();

    public AccountView(AccountService accounts, ObjectProvider<AccountSection> sections) {
        addClassNames("kiroku-page", "kiroku-account");
        add(new H1(getTranslation("account.title")));
        if (accounts.mustChangePassword()) {
            var notice = new Paragraph(getTranslation("account.mustChange"));
            notice.addClassName("kiroku-notice");
            notice.setId("must-change");
            add(notice);
        }

        current.setLabel(getTranslation("account.current"));
        current.setId("account-current");
        password.setLabel(getTranslation("account.new"));
        password.setHelperText(getTranslation("account.policy", PasswordPolicy.MIN_LENGTH));
        password.setId("account-new");
        repeat.setLabel(getTranslation("account.repeat"));
        repeat.setId("account-repeat");
        var change = new Button(getTranslation("account.change"), e -> changePassword(accounts));
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.setId("account-change");
        var passwordSection = new Div(new H2(getTranslation("account.password")), current, password, repeat, change);
        passwordSection.addClassNames("kiroku-card", "kiroku-stack");

        var language = new Select<Locale>();
        language.setLabel(getTranslation("layout.language"));
        language.setItems(KirokuI18nProvider.JAPANESE, KirokuI18nProvider.ENGLISH);
        language.setItemLabelGenerator(l -> getTranslation("layout.language." + l.getLanguage()));
        language.setValue(KirokuI18nProvider.supported(getLocale()));
        language.setId("account-language");
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                accounts.changeLanguage(e.getValue());
                UI.getCurrent().getSession().setLocale(e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
        var languageSection = new Div(new H2(getTranslation("layout.language")), language);
        languageSection.addClassNames("kiroku-card", "kiroku-stack");
        add(passwordSection, languageSection);
        add(new CalendarMailPreferences(accounts));
        sections.orderedStream().map(AccountSection::create).forEach(this::add);
    }

    private void changePassword(AccountService accounts) {
        for (PasswordField field : new PasswordField[] {current, password, repeat}) {
            field.setInvalid(false);
        }
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("account.error.repeat"));
            repeat.setInvalid(true);
            return;
        }
        try {
            accounts.changePassword(current.getValue(), password.getValue());
            current.clear();
            password.clear();
            repeat.clear();
            getChildren()
                    .filter(c -> c.getId().orElse("").equals("must-change"))
                    .findFirst()
                    .ifPresent(this::remove);
            Dialogs.saved(getTranslation("account.changed"));
        } catch (InvalidInputException invalid) {
            invalid.messageKeysByField().forEach((field, key) -> {
                PasswordField target = "current".equals(field) ? current : password;
                target.setErrorMessage(getTranslation(key, PasswordPolicy.MIN_LENGTH));
                target.setInvalid(true);
            });
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title") + " | Kiroku";
    }
}
