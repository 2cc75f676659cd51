package app.kiroku.user;

import java.time.Duration;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long a temporary password an admin issued signs in: {@code kiroku.login.temporary-password-validity}, 72 hours
 * unless set. After that only a new one from the admin helps; the login says no more than for a wrong password.
 */
@Component
class TemporaryPasswordValidity {

    private final Duration validity;

    TemporaryPasswordValidity(@Value("${kiroku.login.temporary-password-validity:72h}") Duration validity) {
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException(
                    "kiroku.login.temporary-password-validity must be positive: " + validity);
        }
        this.validity = validity;
    }

    LocalDateTime validUntil(LocalDateTime issuedAt) {
        return issuedAt.plus(validity);
    }

    /** A password issued at {@code issuedAt} no longer signs in at {@code now}; one without a date never expires. */
    boolean expired(@Nullable LocalDateTime issuedAt, LocalDateTime now) {
        return issuedAt != null && !now.isBefore(validUntil(issuedAt));
    }
}
