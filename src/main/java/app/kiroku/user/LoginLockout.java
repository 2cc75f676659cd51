package app.kiroku.user;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts wrong passwords in a row and locks the account for a while when there are too many. A lock that has run
 * out starts the count afresh, so the next single mistake does not lock the account again.
 */
@Component
class LoginLockout {

    private final UserAccountRepository users;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockDuration;

    LoginLockout(
            UserAccountRepository users,
            Clock clock,
            @Value("${kiroku.login.max-failures:10}") int maxFailures,
            @Value("${kiroku.login.lock-duration:15m}") Duration lockDuration) {
        this.users = users;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
    }

    /** Records a wrong password; true when this one locked the account. */
    @Transactional
    public boolean recordFailure(String loginId) {
        LocalDateTime now = LocalDateTime.now(clock);
        return users.lockForUpdate(loginId)
                .map(user -> {
                    boolean lockExpired = user.getLockedUntil() != null
                            && !user.getLockedUntil().isAfter(now);
                    int failures = (lockExpired ? 0 : user.getFailedLoginCount()) + 1;
                    if (failures >= maxFailures) {
                        users.recordFailures(user.getId(), 0, now.plus(lockDuration));
                        return true;
                    }
                    users.recordFailures(user.getId(), failures, lockExpired ? null : user.getLockedUntil());
                    return false;
                })
                .orElse(false);
    }

    @Transactional
    public void recordSuccess(String loginId) {
        users.clearFailures(loginId);
    }
}
