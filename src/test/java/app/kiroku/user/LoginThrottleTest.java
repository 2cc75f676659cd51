package app.kiroku.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    @Test
    void aClientWaitsAfterRepeatedFailuresAndOthersDoNot() {
        var throttle = new LoginThrottle(5, 30);
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.waitBeforeNextTry("192.0.2.1")).isZero();
            throttle.recordFailure("192.0.2.1");
        }
        Duration wait = throttle.waitBeforeNextTry("192.0.2.1");
        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1));
        assertThat(throttle.waitBeforeNextTry("192.0.2.2")).isZero();
    }

    @Test
    void theHourlyLimitMakesTheWaitGrow() {
        var throttle = new LoginThrottle(100, 6);
        for (int i = 0; i < 6; i++) {
            throttle.recordFailure("192.0.2.3");
        }
        assertThat(throttle.waitBeforeNextTry("192.0.2.3")).isGreaterThan(Duration.ofMinutes(5));
    }
}
