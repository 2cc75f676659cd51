package app.kiroku.negotiation;

import static app.kiroku.db.Tables.CUSTOMER;
import static app.kiroku.db.Tables.CUSTOMER_ASSIGNEE;
import static app.kiroku.db.Tables.NEGOTIATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kiroku.KirokuTest;
import app.kiroku.SignIn;
import app.kiroku.TestClock;
import app.kiroku.TestData;
import app.kiroku.shared.text.SearchText;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

@KirokuTest
@Transactional
class NegotiationServiceTest {

    @Autowired
    NegotiationService negotiations;

    @Autowired
    UserDetailsService users;

    @Autowired
    DSLContext dsl;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void agendaHoldsExactlyTheWeekOfRecordsAsHandlerOrAssignee() {
        SignIn.as(users, "staff1");
        long me = TestData.userId(dsl, "staff1");
        LocalDate last = TestClock.TODAY.plusDays(NegotiationService.AGENDA_DAYS_AHEAD);

        List<AgendaItem> agenda = negotiations.myAgenda();

        var mine = NEGOTIATION
                .HANDLER_ID
                .eq(me)
                .or(DSL.exists(DSL.selectOne()
                        .from(CUSTOMER_ASSIGNEE)
                        .where(CUSTOMER_ASSIGNEE.CUSTOMER_ID.eq(NEGOTIATION.CUSTOMER_ID))
                        .and(CUSTOMER_ASSIGNEE.USER_ID.eq(me))));
        List<Long> expected = dsl.select(NEGOTIATION.ID)
                .from(NEGOTIATION)
                .where(mine)
                .and(NEGOTIATION.SHOWN_DATE.between(TestClock.TODAY, last))
                .fetch(NEGOTIATION.ID);
        assertThat(agenda).extracting(AgendaItem::id).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(agenda)
                .isNotEmpty()
                .allSatisfy(item -> assertThat(item.date()).isBetween(TestClock.TODAY, last))
                .isSortedAccordingTo((a, b) -> a.date().compareTo(b.date()));
        assertThat(agenda)
                .filteredOn(item -> item.date().equals(TestClock.TODAY))
                .hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void assigneesSeeRecordsOfTheirCustomersAndOthersDoNot() {
        long staff1 = TestData.userId(dsl, "staff1");
        long staff2 = TestData.userId(dsl, "staff2");
        long customer = insertCustomer("テスト 顧客", "テスト\u3000コキャク", staff2);
        long handledByStaff1 = insertRecord(customer, staff1, TestClock.TODAY.plusDays(1), null, "staff1 が対応");
        long assigneeOnly = insertRecord(
                customer,
                TestData.userId(dsl, "staff3"),
                TestClock.TODAY.plusDays(2),
                LocalTime.of(9, 0),
                "担当者だけが見る記録");
        long tooLate = insertRecord(customer, staff2, TestClock.TODAY.plusDays(8), null, "範囲外");

        SignIn.as(users, "staff2");
        assertThat(negotiations.myAgenda())
                .extracting(AgendaItem::id)
                .contains(handledByStaff1, assigneeOnly)
                .doesNotContain(tooLate);

        SignIn.as(users, "staff1");
        assertThat(negotiations.myAgenda())
                .extracting(AgendaItem::id)
                .contains(handledByStaff1)
                .doesNotContain(assigneeOnly, tooLate);
    }

    @Test
    void detailShowsEveryFieldAndWhoChangedIt() {
        long staff1 = TestData.userId(dsl, "staff1");
        long customer = insertCustomer("詳細 太郎", "ショウサイ\u3000タロウ", staff1);
        long id = insertRecord(customer, staff1, TestClock.TODAY, LocalTime.of(14, 30), "一行目\n二行目");

        SignIn.as(users, "staff1");
        NegotiationDetail detail = negotiations.detail(id).orElseThrow();
        assertThat(detail.customerName()).isEqualTo("詳細 太郎");
        assertThat(detail.plannedDate()).isEqualTo(TestClock.TODAY);
        assertThat(detail.plannedTime()).isEqualTo(LocalTime.of(14, 30));
        assertThat(detail.handlerName()).isEqualTo("佐藤 健一");
        assertThat(detail.report()).isEqualTo("一行目\n二行目");
        assertThat(detail.createdByName()).isEqualTo("佐藤 健一");
        assertThat(negotiations.detail(-1)).isEmpty();
    }

    @Test
    void partnersCannotCallAnyNegotiationMethod() {
        SignIn.as(users, "partner1");
        assertThatThrownBy(() -> negotiations.myAgenda()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> negotiations.detail(1)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anonymousCallersAreRefused() {
        assertThatThrownBy(() -> negotiations.detail(1))
                .isInstanceOf(
                        org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    private long insertCustomer(String name, String kana, long assignee) {
        LocalDateTime now = TestClock.TODAY.atTime(9, 0);
        long id = dsl.insertInto(CUSTOMER)
                .set(CUSTOMER.NAME, name)
                .set(CUSTOMER.KANA, kana)
                .set(CUSTOMER.NAME_NORM, SearchText.normalize(name))
                .set(CUSTOMER.KANA_NORM, SearchText.normalize(kana))
                .set(CUSTOMER.CREATED_BY, assignee)
                .set(CUSTOMER.CREATED_AT, now)
                .set(CUSTOMER.UPDATED_BY, assignee)
                .set(CUSTOMER.UPDATED_AT, now)
                .returningResult(CUSTOMER.ID)
                .fetchSingle(CUSTOMER.ID);
        dsl.insertInto(CUSTOMER_ASSIGNEE)
                .set(CUSTOMER_ASSIGNEE.CUSTOMER_ID, id)
                .set(CUSTOMER_ASSIGNEE.USER_ID, assignee)
                .execute();
        return id;
    }

    private long insertRecord(long customer, long handler, LocalDate planned, LocalTime time, String report) {
        LocalDateTime now = TestClock.TODAY.atTime(9, 0);
        return dsl.insertInto(NEGOTIATION)
                .set(NEGOTIATION.CUSTOMER_ID, customer)
                .set(NEGOTIATION.HANDLER_ID, handler)
                .set(NEGOTIATION.PLANNED_DATE, planned)
                .set(NEGOTIATION.PLANNED_TIME, time)
                .set(NEGOTIATION.SHOWN_DATE, planned)
                .set(NEGOTIATION.SHOWN_TIME, time)
                .set(NEGOTIATION.REPORT, report)
                .set(NEGOTIATION.CREATED_BY, handler)
                .set(NEGOTIATION.CREATED_AT, now)
                .set(NEGOTIATION.UPDATED_BY, handler)
                .set(NEGOTIATION.UPDATED_AT, now)
                .returningResult(NEGOTIATION.ID)
                .fetchSingle(NEGOTIATION.ID);
    }
}
