package app.kiroku.user;

import app.kiroku.shared.ui.AccountMenuActions;
import java.util.Locale;
import org.springframework.stereotype.Component;

@Component
class AccountMenu implements AccountMenuActions {

    private final CurrentUser currentUser;
    private final AccountService accounts;

    AccountMenu(CurrentUser currentUser, AccountService accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    @Override
    public String displayName() {
        return currentUser.require().name();
    }

    @Override
    public String roleLabelKey() {
        return "role." + currentUser.require().role().name().toLowerCase(Locale.ROOT);
    }

    @Override
    public void changeLanguage(Locale locale) {
        accounts.changeLanguage(locale);
    }
}
