package app.kiroku.importing;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports left open by a node that stopped (killed, crashed) are marked interrupted when a node starts: whatever
 * they wrote is whole batches, up to the row their history entry names.
 */
@Component
class StaleImports {

    /** An open import whose node has not reported for this long is taken as stopped with its node. */
    static final Duration STALE = Duration.ofMinutes(2);

    private static final Logger log = LoggerFactory.getLogger(StaleImports.class);

    private final ImportJobRepository jobs;
    private final Clock clock;

    StaleImports(ImportJobRepository jobs, Clock clock) {
        this.jobs = jobs;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void interrupt() {
        LocalDateTime now = LocalDateTime.now(clock);
        int stale = jobs.interruptStale(now.minus(STALE), now);
        if (stale > 0) {
            log.info("{} imports were left open by a stopped node and are marked interrupted", stale);
        }
    }
}
