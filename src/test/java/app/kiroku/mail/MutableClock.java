package app.kiroku.mail;

import app.kiroku.TestClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock the test moves forward, starting at the fixed test "now" (2026-11-26 10:00 Tokyo). */
public final class MutableClock extends Clock {

    private Instant now;

    public MutableClock() {
        this.now = TestClock.TODAY.atTime(10, 0).atZone(TestClock.ZONE).toInstant();
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return TestClock.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
        return now;
    }
}
