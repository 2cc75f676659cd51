package app.kiroku.negotiation;

import static app.kiroku.db.Tables.NEGOTIATION;

import app.kiroku.customer.CustomerConditions;
import app.kiroku.customer.CustomerFilter;
import app.kiroku.user.CurrentUser;
import app.kiroku.user.InHouseOnly;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
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
    @InHouseOnly
    public List<AgendaItem> myAgenda() {
        LocalDate today = LocalDate.now(clock);
        return negotiations.agenda(currentUser.require().id(), today, today.plusDays(AGENDA_DAYS_AHEAD));
    }

    /** The customer screen's 見出し, newest first. */
    @InHouseOnly
    public List<NegotiationHeading> headingsOf(long customerId, int offset, int limit) {
        return negotiations.headings(customerId, offset, limit);
    }

    @InHouseOnly
    public int countOf(long customerId) {
        return negotiations.count(NEGOTIATION.CUSTOMER_ID.eq(customerId));
    }

    /** N11: the records of exactly the customers {@code filter} finds, by progress flag order, then newest first. */
    @InHouseOnly
    public List<NegotiationHeading> ofCustomers(CustomerFilter filter, int offset, int limit) {
        return negotiations.ofCustomers(customersMatching(filter), offset, limit);
    }

    @InHouseOnly
    public int countOfCustomers(CustomerFilter filter) {
        return negotiations.count(customersMatching(filter));
    }

    private Condition customersMatching(CustomerFilter filter) {
        return CustomerConditions.matching(filter, currentUser.require().id(), LocalDate.now(clock));
    }

    @InHouseOnly
    public Optional<NegotiationDetail> detail(long id) {
        return negotiations.detail(id);
    }
}
