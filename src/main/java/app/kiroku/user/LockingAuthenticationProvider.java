package app.kiroku.user;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password login that first asks the client's throttle, then counts failures per account: the attempt that reaches
 * the account's limit is already answered with "locked". Whatever went wrong, the login page says the same thing
 * (see LoginView), so nobody learns from it whether an account exists, is locked or is deactivated.
 *
 * <p>Nor from the time it takes: the account's state is checked only after its password, so a locked or deactivated
 * account costs the same password hash as a wrong password (and an unknown login id, which the parent class checks
 * against a dummy hash).
 */
class LockingAuthenticationProvider extends DaoAuthenticationProvider {

    private final LoginLockout lockout;
    private final LoginThrottle throttle;

    LockingAuthenticationProvider(
            KirokuUserDetailsService users, PasswordEncoder passwords, LoginLockout lockout, LoginThrottle throttle) {
        super(users);
        setPasswordEncoder(passwords);
        setPreAuthenticationChecks(user -> {});
        setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        this.lockout = lockout;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String loginId = authentication.getName().strip();
        @Nullable String client = clientOf(authentication);
        Duration wait = client == null ? Duration.ZERO : throttle.waitBeforeNextTry(client);
        if (!wait.isZero()) {
            throw new LoginThrottledException(wait);
        }
        try {
            Authentication result = super.authenticate(authentication);
            lockout.recordSuccess(loginId);
            return result;
        } catch (BadCredentialsException wrongPassword) {
            recordFailure(client);
            if (lockout.recordFailure(loginId)) {
                throw new LockedException("Locked after too many failed logins", wrongPassword);
            }
            throw wrongPassword;
        } catch (AccountStatusException lockedOrDisabled) {
            recordFailure(client);
            throw lockedOrDisabled;
        }
    }

    private void recordFailure(@Nullable String client) {
        if (client != null) {
            throttle.recordFailure(client);
        }
    }

    /** The client's address for a login through the login page; none for a login from code, which is not throttled. */
    private static @Nullable String clientOf(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details) {
            return details.getRemoteAddress();
        }
        return null;
    }
}
