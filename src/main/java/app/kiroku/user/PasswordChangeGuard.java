package app.kiroku.user;

import app.kiroku.user.ui.AccountView;
import app.kiroku.user.ui.LoginView;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** A user signed in with a temporary password goes to アカウント設定 until they have chosen their own. */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final AccountService accounts;

    PasswordChangeGuard(CurrentUser currentUser, AccountService accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
                    Class<?> target = enter.getNavigationTarget();
                    if (target == AccountView.class
                            || target == LoginView.class
                            || currentUser.find().isEmpty()) {
                        return;
                    }
                    try {
                        if (accounts.mustChangePassword()) {
                            enter.forwardTo(AccountView.class);
                        }
                    } catch (RuntimeException e) {
                        // e.g. the database is unreachable: the error screen says so, in place of the screen asked for
                        enter.rerouteToError(e, "");
                    }
                }));
    }
}
