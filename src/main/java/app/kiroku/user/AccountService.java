package app.kiroku.user;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What every signed-in user may do with their own account. */
@Service
public class AccountService {

    private final UserAccountRepository users;
    private final CurrentUser currentUser;
    private final Clock clock;

    AccountService(UserAccountRepository users, CurrentUser currentUser, Clock clock) {
        this.users = users;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @SignedIn
    @Transactional
    public void changeLanguage(Locale locale) {
        users.updateLocale(currentUser.require().id(), locale.toLanguageTag(), LocalDateTime.now(clock));
    }
}
