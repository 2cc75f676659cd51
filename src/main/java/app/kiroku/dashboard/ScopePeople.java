package app.kiroku.dashboard;

import app.kiroku.user.UserDirectory;
import app.kiroku.user.UserRef;
import java.util.List;
import org.springframework.stereotype.Component;

/** The people of a scope: the active in-house users it includes, in 50音 order. */
@Component
class ScopePeople {

    private final UserDirectory users;

    ScopePeople(UserDirectory users) {
        this.users = users;
    }

    List<UserRef> of(DashboardScope scope) {
        return users.activeInHouseUsers().stream().filter(scope::includes).toList();
    }
}
