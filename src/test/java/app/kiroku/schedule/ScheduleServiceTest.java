package app.kiroku.schedule;

import static app.kiroku.db.Tables.APP_USER;
import static app.kiroku.db.Tables.CUSTOMER;
import static app.kiroku.db.Tables.NEGOTIATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kiroku.KirokuTest;
import app.kiroku.SignIn;
import app.kiroku.SignedInAs;
import app.kiroku.TestClock;
import app.kiroku.TestData;
import app.kiroku.customer.CustomerDraft;
import app.kiroku.customer.CustomerService;
import app.kiroku.negotiation.NegotiationDraft;
import app.kiroku.negotiation.NegotiationService;
import app.kiroku.shared.data.ConcurrentEditException;
import app.kiroku.shared.validation.InvalidInputException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@KirokuTest
@Transactional
@SignedInAs("staff1")
class ScheduleServiceTest {

    static final LocalDate TODAY = TestClock.TODAY;

    @Autowired
    ScheduleService schedule;

    @Autowired
    ScheduleEntryService entries;

    @Autowired
    NegotiationService negotiations;

    @Autowired
    CustomerService customers;

    @Autowired
    UserDetailsService users;

    @Autowired
    DSLContext dsl;

    long customerId;

    @BeforeEach
    void customerOfStaff2() {
        var customer = new CustomerDraft();
        customer.setName("予定 表示");
        customer.setKana("ヨテイ\u3000ヒョウジ");
        customer.setAssigneeIds(Set.of(TestData.userId(dsl, "staff2")));
        customerId = customers.create(customer);
    }

    private long record(String handler, LocalDate planned, LocalTime time, LocalDate done) {
        var draft = negotiations.newDraft(customerId);
        draft.setHandlerId(TestData.userId(dsl, handler));
        draft.setPlannedDate(planned);
        draft.setPlannedTime(time);
        draft.setDoneDate(done);
        return negotiations.create(draft);
    }

    private List<Long> negotiationIds(ScheduleScope scope) {
        return schedule.negotiations(scope, TODAY.minusDays(10), TODAY.plusDays(20)).stream()
                .map(ScheduleItem::id)
                .toList();
    }

    @Test
    void recordsShowForTheHandlerAndTheCustomersAssigneesOnTheDoneDateElseThePlannedOne() {
        long planned = record("staff3", TODAY.plusDays(2), LocalTime.of(10, 0), null);
        long done = record("staff3", TODAY.plusDays(3), null, TODAY.plusDays(1));

        SignIn.as(users, "staff2");
        var items = schedule.negotiations(ScheduleScope.MINE, TODAY, TODAY.plusDays(7));
        var plannedItem =
                items.stream().filter(i -> i.id() == planned).findFirst().orElseThrow();
        var doneItem = items.stream().filter(i -> i.id() == done).findFirst().orElseThrow();
        assertThat(plannedItem.start()).isEqualTo(TODAY.plusDays(2).atTime(10, 0));
        assertThat(plannedItem.allDay()).isFalse();
        assertThat(plannedItem.movable()).isTrue();
        assertThat(doneItem.start().toLocalDate()).isEqualTo(TODAY.plusDays(1));
        assertThat(doneItem.allDay()).isTrue();
        assertThat(doneItem.movable()).isFalse();

        assertThat(negotiationIds(ScheduleScope.user(TestData.userId(dsl, "staff3"))))
                .contains(planned, done);
        assertThat(negotiationIds(ScheduleScope.user(TestData.userId(dsl, "staff5"))))
                .doesNotContain(planned, done);
        long staff2Department = dsl.select(APP_USER.DEPARTMENT_ID)
                .from(APP_USER)
                .where(APP_USER.LOGIN_ID.eq("staff2"))
                .fetchSingle(APP_USER.DEPARTMENT_ID);
        assertThat(negotiationIds(ScheduleScope.department(staff2Department))).contains(planned, done);
    }

    @Test
    void aRangeLongerThanTheWidestViewNeedsOrReversedIsRefused() {
        LocalDate first = TODAY.minusDays(20);
        assertThat(schedule.negotiations(ScheduleScope.MINE, first, first.plusDays(ScheduleService.MAX_RANGE_DAYS)))
                .isNotNull();
        assertThat(schedule.entries(ScheduleScope.MINE, first, first.plusDays(ScheduleService.MAX_RANGE_DAYS)))
                .isNotNull();
        LocalDate tooFar = first.plusDays(ScheduleService.MAX_RANGE_DAYS + 1L);
        assertThatThrownBy(() -> schedule.negotiations(ScheduleScope.MINE, first, tooFar))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> schedule.entries(ScheduleScope.MINE, first, tooFar))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> schedule.negotiations(ScheduleScope.MINE, TODAY, TODAY.minusDays(7)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> schedule.entries(ScheduleScope.MINE, LocalDate.MIN, LocalDate.MAX))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void partnersSeeOnlyTheirOwnPlainEntriesAndNeverRecords() {
        SignIn.as(users, "partner1");
        var entry = new EntryDraft();
        entry.setTitle("現場打ち合わせ");
        entry.setStartsAt(TODAY.plusDays(1).atTime(13, 0));
        long id = entries.create(entry);

        assertThat(schedule.entries(ScheduleScope.MINE, TODAY, TODAY.plusDays(7)))
                .extracting(ScheduleItem::id)
                .contains(id);
        assertThatThrownBy(() ->
                        schedule.entries(ScheduleScope.user(TestData.userId(dsl, "staff1")), TODAY, TODAY.plusDays(7)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> schedule.negotiations(ScheduleScope.MINE, TODAY, TODAY.plusDays(7)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void participantsSeeAnEntryButOnlyTheOwnerChangesIt() {
        var entry = new EntryDraft();
        entry.setTitle("資材搬入立ち会い");
        entry.setStartsAt(TODAY.plusDays(2).atTime(9, 0));
        entry.setParticipantIds(Set.of(TestData.userId(dsl, "partner1")));
        long id = entries.create(entry);

        SignIn.as(users, "partner1");
        var seen = entries.entry(id).orElseThrow();
        assertThat(seen.mine()).isFalse();
        assertThat(seen.draft().getEndsAt()).isEqualTo(TODAY.plusDays(2).atTime(10, 0));
        assertThatThrownBy(() -> entries.update(id, seen.version(), seen.draft()))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, "staff2");
        assertThat(entries.entry(id)).isEmpty();
    }

    @Test
    void aPlannedRecordIsRescheduledADoneOneIsNotAndAStaleMoveIsRefused() {
        long planned = record("staff1", TODAY.plusDays(2), LocalTime.of(10, 0), null);
        negotiations.reschedule(planned, 0, TODAY.plusDays(4), LocalTime.of(15, 30));
        var moved = negotiations.detail(planned).orElseThrow();
        assertThat(moved.plannedDate()).isEqualTo(TODAY.plusDays(4));
        assertThat(moved.plannedTime()).isEqualTo(LocalTime.of(15, 30));

        assertThatThrownBy(() -> negotiations.reschedule(planned, 0, TODAY.plusDays(5), null))
                .isInstanceOf(ConcurrentEditException.class);
        long done = record("staff1", TODAY.plusDays(2), null, TODAY);
        assertThatThrownBy(() -> negotiations.reschedule(done, 0, TODAY.plusDays(5), null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKeysByField())
                                .containsEntry("dates", "negotiation.error.doneNotMovable"));
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED) // each service call commits or rolls back on its own
    void aNewCustomerAndItsRecordAreStoredTogetherOrNotAtAll() {
        try {
            storedTogetherOrNotAtAll();
        } finally {
            var made = dsl.select(CUSTOMER.ID)
                    .from(CUSTOMER)
                    .where(CUSTOMER.NAME.in("同時 登録", "予定 表示"))
                    .fetch(CUSTOMER.ID);
            dsl.deleteFrom(NEGOTIATION).where(NEGOTIATION.CUSTOMER_ID.in(made)).execute();
            dsl.deleteFrom(app.kiroku.db.Tables.CUSTOMER_ASSIGNEE)
                    .where(app.kiroku.db.Tables.CUSTOMER_ASSIGNEE.CUSTOMER_ID.in(made))
                    .execute();
            app.kiroku.TestData.deleteSearchKeys(dsl, made);
            dsl.deleteFrom(CUSTOMER).where(CUSTOMER.ID.in(made)).execute();
        }
    }

    private void storedTogetherOrNotAtAll() {
        var customer = new CustomerDraft();
        customer.setName("同時 登録");
        customer.setKana("ドウジ\u3000トウロク");
        var record = new NegotiationDraft();
        record.setHandlerId(TestData.userId(dsl, "staff1"));
        int customersBefore = dsl.fetchCount(CUSTOMER);
        int recordsBefore = dsl.fetchCount(NEGOTIATION);

        // no date: the record is refused, so the customer must not stay either
        assertThatThrownBy(() -> negotiations.createWithNewCustomer(customer, record))
                .isInstanceOf(InvalidInputException.class);
        assertThat(dsl.fetchCount(CUSTOMER, CUSTOMER.NAME.eq("同時 登録"))).isZero();

        record.setPlannedDate(TODAY.plusDays(1));
        long id = negotiations.createWithNewCustomer(customer, record);
        assertThat(dsl.fetchCount(CUSTOMER)).isEqualTo(customersBefore + 1);
        assertThat(dsl.fetchCount(NEGOTIATION)).isEqualTo(recordsBefore + 1);
        assertThat(negotiations.detail(id).orElseThrow().customerName()).isEqualTo("同時 登録");
    }
}
