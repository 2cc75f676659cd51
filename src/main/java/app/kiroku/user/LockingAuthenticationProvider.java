package app.kiroku.user;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password login that counts failures: the attempt that reaches the limit is already answered with "locked", so
 * the user learns it at once instead of on the next try.
 */
class LockingAuthenticationProvider extends DaoAuthenticationProvider {

    private final LoginLockout lockout;

    LockingAuthenticationProvider(KirokuUserDetailsService users, PasswordEncoder passwords, LoginLockout lockout) {
        super(users);
        setPasswordEncoder(passwords);
        this.lockout = lockout;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String loginId = authentication.getName().strip();
        try {
            Authentication result = super.authenticate(authentication);
            lockout.recordSuccess(loginId);
            return result;
        } catch (BadCredentialsException wrongPassword) {
            if (lockout.recordFailure(loginId)) {
                throw new LockedException("Locked after too many failed logins", wrongPassword);
            }
            throw wrongPassword;
        }
    }
}
