package app.kiroku.schedule;

import app.kiroku.shared.data.ConcurrentEditException;
import app.kiroku.shared.validation.FieldChecks;
import app.kiroku.shared.validation.NameCharacters;
import app.kiroku.user.CurrentUser;
import app.kiroku.user.SignedIn;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Plain schedule entries: open to every role, but each user only ever sees their own and those they join. */
@Service
@Transactional(readOnly = true)
public class ScheduleEntryService {

    /** The column's size. */
    public static final int PLACE_MAX = 200;
    /** As the other memos (customer, 備考); the column would hold about 16,000 characters. */
    public static final int MEMO_MAX = 2_000;

    /** An entry as its owner or a participant sees it; only the owner may change it. */
    public record Entry(long id, int version, boolean mine, EntryDraft draft) {}

    private final ScheduleEntryRepository entries;
    private final EntryRepository store;
    private final CurrentUser currentUser;
    private final Clock clock;

    ScheduleEntryService(ScheduleEntryRepository entries, EntryRepository store, CurrentUser currentUser, Clock clock) {
        this.entries = entries;
        this.store = store;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** An entry the caller owns or takes part in; anything else reads as missing. */
    @SignedIn
    public Optional<Entry> entry(long id) {
        long me = currentUser.require().id();
        return store.find(id)
                .filter(s -> s.ownerId() == me || store.participates(id, me))
                .map(s -> new Entry(s.id(), s.version(), s.ownerId() == me, s.draft()));
    }

    @SignedIn
    @Transactional
    public long create(EntryDraft draft) {
        check(draft);
        return store.insert(draft, currentUser.require().id(), LocalDateTime.now(clock));
    }

    /** Only the owner changes an entry; a save that lost a race is refused. */
    @SignedIn
    @Transactional
    public void update(long id, int version, EntryDraft draft) {
        owned(id);
        check(draft);
        if (!store.update(id, version, draft, LocalDateTime.now(clock))) {
            throw new ConcurrentEditException("", LocalDateTime.now(clock));
        }
    }

    @SignedIn
    @Transactional
    public void delete(long id, int version) {
        owned(id);
        if (!store.delete(id, version)) {
            throw new ConcurrentEditException("", LocalDateTime.now(clock));
        }
    }

    private void owned(long id) {
        var stored = store.find(id).orElseThrow(() -> new NoSuchElementException("No entry " + id));
        if (stored.ownerId() != currentUser.require().id()) {
            throw new AccessDeniedException("Only the owner changes an entry");
        }
    }

    private void check(EntryDraft d) {
        // an all-day entry is given by its first and last day; it is stored with an exclusive end
        if (d.isAllDay() && d.getStartsAt() != null) {
            var first = d.getStartsAt().toLocalDate();
            var last = d.getEndsAt() == null || d.getEndsAt().toLocalDate().isBefore(first)
                    ? first
                    : d.getEndsAt().toLocalDate();
            d.setStartsAt(first.atStartOfDay());
            d.setEndsAt(last.plusDays(1).atStartOfDay());
        }
        new FieldChecks()
                .checkMessage("title", NameCharacters.check(d.getTitle()))
                .check("title", !d.getTitle().isBlank() && d.getTitle().length() <= 100, "schedule.error.title")
                .check("place", d.getPlace() == null || d.getPlace().length() <= PLACE_MAX, "schedule.error.place")
                .check("memo", d.getMemo() == null || d.getMemo().length() <= MEMO_MAX, "schedule.error.memo")
                .check("start", d.getStartsAt() != null, "schedule.error.start")
                .check(
                        "end",
                        d.getStartsAt() == null
                                || d.getEndsAt() == null
                                || d.getEndsAt().isAfter(d.getStartsAt()),
                        "schedule.error.end")
                .throwIfAny();
        if (d.getEndsAt() == null) {
            d.setEndsAt(d.getStartsAt().plusHours(1));
        }
        d.setTitle(d.getTitle().strip());
    }

    /** The signed-in user's entries from today through {@code daysAhead} days later. */
    @SignedIn
    public List<ScheduleEntryItem> myUpcoming(int daysAhead) {
        LocalDate today = LocalDate.now(clock);
        return entries.overlapping(
                currentUser.require().id(),
                today.atStartOfDay(),
                today.plusDays(daysAhead + 1L).atStartOfDay());
    }
}
