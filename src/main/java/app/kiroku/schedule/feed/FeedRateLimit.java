package app.kiroku.schedule.feed;

import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Feed reads per client address ({@code kiroku.calendar-feed.requests-per-minute}, 60 by default): a calendar app
 * reads a feed every few minutes at most, while a client guessing tokens would need millions of tries.
 * Behind a reverse proxy the client address is the one the proxy forwards.
 */
@Component
class FeedRateLimit {

    /** Clients remembered at once; the oldest is forgotten first, so a flood of addresses cannot fill the heap. */
    private static final int MAX_CLIENTS = 10_000;

    private final int perMinute;
    private final Map<String, Bucket> clients = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_CLIENTS;
        }
    };

    FeedRateLimit(@Value("${kiroku.calendar-feed.requests-per-minute:60}") int perMinute) {
        this.perMinute = perMinute;
    }

    int perMinute() {
        return perMinute;
    }

    /** True when this client may read now (and counts the read). */
    boolean tryRead(String client) {
        return bucketOf(client).tryConsume(1);
    }

    private synchronized Bucket bucketOf(String client) {
        return clients.computeIfAbsent(
                client,
                key -> Bucket.builder()
                        .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                        .build());
    }
}
