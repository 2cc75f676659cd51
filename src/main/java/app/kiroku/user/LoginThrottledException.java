package app.kiroku.user;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A login refused before its password was checked, because the client failed too often lately. */
public class LoginThrottledException extends AuthenticationException {

    private final Duration wait;

    LoginThrottledException(Duration wait) {
        super("Too many failed logins from this client; wait " + wait.toSeconds() + " s");
        this.wait = wait;
    }

    /** How long the client must wait, rounded up to whole seconds. */
    public long waitSeconds() {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
