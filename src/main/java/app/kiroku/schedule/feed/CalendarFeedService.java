package app.kiroku.schedule.feed;

import app.kiroku.shared.audit.AuditLog;
import app.kiroku.shared.i18n.KirokuI18nProvider;
import app.kiroku.user.CurrentUser;
import app.kiroku.user.KirokuUser;
import app.kiroku.user.SignedIn;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's personal calendar feed: a secret URL (only its token's SHA-256 is kept) that a calendar app subscribes
 * to. The feed holds what the user's スケジュール shows from {@link #PAST_DAYS} days back to
 * {@link #FUTURE_DAYS} ahead, at most {@link #MAX_EVENTS} events; a deleted record or entry simply is not in the
 * next read. A PARTNER's feed holds only their plain 予定.
 */
@Service
public class CalendarFeedService {

    public static final int PAST_DAYS = 90;
    public static final int FUTURE_DAYS = 365;
    /** Calendar apps choke on huge feeds; the events nearest today are kept. */
    public static final int MAX_EVENTS = 5_000;

    private final CalendarFeedRepository feeds;
    private final CalendarFeedWriter writer;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    CalendarFeedService(
            CalendarFeedRepository feeds,
            CalendarFeedWriter writer,
            CurrentUser currentUser,
            AuditLog audit,
            Clock clock) {
        this.feeds = feeds;
        this.writer = writer;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** When my feed URL was issued; empty when I have none. */
    @SignedIn
    @Transactional(readOnly = true)
    public Optional<LocalDateTime> issuedAt() {
        return feeds.issuedAt(currentUser.require().id());
    }

    /**
     * A new feed URL for me, shown this once (only its hash is kept); the URL issued before stops working at once.
     */
    @SignedIn
    @Transactional
    public FeedLinks issue() {
        KirokuUser me = currentUser.require();
        String token = FeedTokens.newToken();
        feeds.replace(me.id(), FeedTokens.hash(token), LocalDateTime.now(clock));
        audit.record(me.id(), "ISSUE_CALENDAR_FEED", "user", me.id(), "");
        return FeedLinks.of(writer.baseUrl(), token);
    }

    /** My feed URL stops working; calendar apps subscribed to it get 404 from now on. */
    @SignedIn
    @Transactional
    public void revoke() {
        KirokuUser me = currentUser.require();
        if (feeds.delete(me.id())) {
            audit.record(me.id(), "REVOKE_CALENDAR_FEED", "user", me.id(), "");
        }
    }

    /**
     * The feed a token opens, for a calendar app that does not sign in. The token is hashed and looked up by its
     * hash whether it is well-formed, revoked or unknown, so every miss costs the same, and comparing hashes in the
     * database leaks nothing about the token's characters. Empty for every miss, and for a deactivated user.
     */
    @AnyTokenHolder
    @Transactional(readOnly = true)
    public Optional<CalendarFeed> feed(String token) {
        return feeds.ownerOf(FeedTokens.hash(token)).map(this::feedOf);
    }

    private CalendarFeed feedOf(FeedOwner owner) {
        LocalDate today = LocalDate.now(clock);
        LocalDate from = today.minusDays(PAST_DAYS);
        LocalDate to = today.plusDays(FUTURE_DAYS + 1L);
        List<FeedEvent> events = new ArrayList<>(feeds.entries(owner.userId(), from, to, today, MAX_EVENTS));
        if (owner.inHouse()) {
            events.addAll(feeds.negotiations(owner.userId(), from, to, today, MAX_EVENTS - events.size()));
        }
        events.sort(Comparator.comparing(FeedEvent::start).thenComparing(FeedEvent::uid));
        Locale locale = owner.locale() == null ? KirokuI18nProvider.JAPANESE : Locale.forLanguageTag(owner.locale());
        byte[] body = writer.write(events, KirokuI18nProvider.supported(locale));
        return new CalendarFeed(body, etag(body));
    }

    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
