package app.kiroku.negotiation;

import app.kiroku.user.CurrentUser;
import app.kiroku.user.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading negotiation records. Customer-linked: never for PARTNER users. */
@Service
@Transactional(readOnly = true)
public class NegotiationService {

    /** 今日の予定 covers today and the next seven days. */
    public static final int AGENDA_DAYS_AHEAD = 7;

    private final NegotiationRepository negotiations;
    private final CurrentUser currentUser;
    private final Clock clock;

    NegotiationService(NegotiationRepository negotiations, CurrentUser currentUser, Clock clock) {
        this.negotiations = negotiations;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The signed-in user's records from today to a week ahead, as handler or as the customer's 担当者. */
    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    public List<AgendaItem> myAgenda() {
        LocalDate today = LocalDate.now(clock);
        return negotiations.agenda(currentUser.require().id(), today, today.plusDays(AGENDA_DAYS_AHEAD));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
    public Optional<NegotiationDetail> detail(long id) {
        return negotiations.detail(id);
    }
}
