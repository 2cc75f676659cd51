package app.kiroku.user;

import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Failed logins per client address, in front of the per-account lock: a client that keeps guessing waits longer
 * and longer (a few tries at once, then some per minute, then some per hour), so one client can neither try many
 * passwords nor lock many accounts. Only failures count; a client that signs in correctly is never slowed.
 *
 * <p>Behind a reverse proxy the client address is the one the proxy forwards ({@code server.forward-headers-strategy}).
 */
@Component
class LoginThrottle {

    /** Clients remembered at once; the oldest is forgotten first, so a flood of addresses cannot fill the heap. */
    private static final int MAX_CLIENTS = 10_000;

    private final int perMinute;
    private final int perHour;
    private final Map<String, Bucket> failures = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_CLIENTS;
        }
    };

    LoginThrottle(
            @Value("${kiroku.login.client.failures-per-minute:5}") int perMinute,
            @Value("${kiroku.login.client.failures-per-hour:30}") int perHour) {
        this.perMinute = perMinute;
        this.perHour = perHour;
    }

    /** How long this client must wait before its next try; zero when it may try now. */
    Duration waitBeforeNextTry(String client) {
        Bucket bucket = bucketOf(client);
        long nanos = bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
        return bucket.getAvailableTokens() > 0 ? Duration.ZERO : Duration.ofNanos(nanos);
    }

    void recordFailure(String client) {
        bucketOf(client).tryConsume(1);
    }

    private synchronized Bucket bucketOf(String client) {
        return failures.computeIfAbsent(
                client,
                key -> Bucket.builder()
                        .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                        .addLimit(limit -> limit.capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)))
                        .build());
    }
}
