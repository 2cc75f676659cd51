package app.kiroku.schedule;

import app.kiroku.user.CurrentUser;
import app.kiroku.user.SignedIn;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Plain schedule entries: open to every role, but each user only ever sees their own and those they join. */
@Service
@Transactional(readOnly = true)
public class ScheduleEntryService {

    private final ScheduleEntryRepository entries;
    private final CurrentUser currentUser;
    private final Clock clock;

    ScheduleEntryService(ScheduleEntryRepository entries, CurrentUser currentUser, Clock clock) {
        this.entries = entries;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The signed-in user's entries from today through {@code daysAhead} days later. */
    @SignedIn
    public List<ScheduleEntryItem> myUpcoming(int daysAhead) {
        LocalDate today = LocalDate.now(clock);
        return entries.overlapping(currentUser.require().id(), today.atStartOfDay(),
                today.plusDays(daysAhead + 1L).atStartOfDay());
    }
}
