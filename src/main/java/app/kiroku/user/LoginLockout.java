package app.kiroku.user;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for a while after too many wrong passwords in a row. A lock that has run out starts the
 * count afresh, so the next single mistake does not lock the account again.
 */
@Component
class LoginLockout {

    private final UserAccountRepository users;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockDuration;

    LoginLockout(UserAccountRepository users, Clock clock,
            @Value("${kiroku.login.max-failures:10}") int maxFailures,
            @Value("${kiroku.login.lock-duration:15m}") Duration lockDuration) {
        this.users = users;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
    }

    @EventListener
    @Transactional
    public void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        String loginId = event.getAuthentication().getName();
        LocalDateTime now = LocalDateTime.now(clock);
        users.lockForUpdate(loginId).ifPresent(user -> {
            boolean lockExpired = user.getLockedUntil() != null && !user.getLockedUntil().isAfter(now);
            int failures = (lockExpired ? 0 : user.getFailedLoginCount()) + 1;
            LocalDateTime lockedUntil = failures >= maxFailures ? now.plus(lockDuration)
                    : lockExpired ? null : user.getLockedUntil();
            users.recordFailures(user.getId(), failures >= maxFailures ? 0 : failures, lockedUntil);
        });
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        users.clearFailures(event.getAuthentication().getName());
    }
}
