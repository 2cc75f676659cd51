package app.kiroku.schedule.feed;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /calendar/feed/<token>.ics}: a user's feed for calendar apps, without a session. Unknown, revoked and
 * malformed tokens all get 404 after the same hash and lookup; too many reads from one address get 429.
 */
@RestController
class CalendarFeedController {

    static final String PATH = "calendar/feed/";
    static final String SUFFIX = ".ics";
    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final CalendarFeedService feeds;
    private final FeedRateLimit rateLimit;

    CalendarFeedController(CalendarFeedService feeds, FeedRateLimit rateLimit) {
        this.feeds = feeds;
        this.rateLimit = rateLimit;
    }

    @GetMapping("/" + PATH + "{file}")
    ResponseEntity<byte[]> feed(
            @PathVariable String file,
            HttpServletRequest request,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) @Nullable String ifNoneMatch) {
        if (!rateLimit.tryRead(request.getRemoteAddr())) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, "60")
                    .build();
        }
        String token = file.endsWith(SUFFIX) ? file.substring(0, file.length() - SUFFIX.length()) : file;
        var found = feeds.feed(token);
        if (found.isEmpty() || !file.endsWith(SUFFIX)) {
            return ResponseEntity.notFound().build();
        }
        CalendarFeed feed = found.get();
        var cache = CacheControl.maxAge(Duration.ZERO).cachePrivate().mustRevalidate();
        if (ifNoneMatch != null && matches(ifNoneMatch, feed.etag())) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .eTag(feed.etag())
                    .cacheControl(cache)
                    .build();
        }
        return ResponseEntity.ok()
                .contentType(TEXT_CALENDAR)
                .eTag(feed.etag())
                .cacheControl(cache)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"kiroku.ics\"")
                .body(feed.body());
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals(etag) || tag.equals("*"));
    }
}
