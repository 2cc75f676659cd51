package app.kiroku.negotiation;

import static app.kiroku.db.Tables.APP_USER;
import static app.kiroku.db.Tables.AUDIT_LOG;
import static app.kiroku.db.Tables.DEPARTMENT;
import static app.kiroku.db.Tables.NEGOTIATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kiroku.KirokuTest;
import app.kiroku.SignIn;
import app.kiroku.SignedInAs;
import app.kiroku.TestClock;
import app.kiroku.TestData;
import app.kiroku.customer.CustomerDraft;
import app.kiroku.customer.CustomerFilter;
import app.kiroku.customer.CustomerService;
import app.kiroku.shared.data.ConcurrentEditException;
import app.kiroku.shared.validation.InvalidInputException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

@KirokuTest
@Transactional
@SignedInAs("staff1")
class NegotiationWriteTest {

    static final LocalDate TODAY = TestClock.TODAY;

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
    void customer() {
        var draft = new CustomerDraft();
        draft.setName("記録 試験");
        draft.setKana("キロク\u3000シケン");
        customerId = customers.create(draft);
    }

    @Test
    void aNewRecordStartsWithMeMyDepartmentAndTheCustomersRank() {
        var draft = negotiations.newDraft(customerId);
        assertThat(draft.getHandlerId()).isEqualTo(TestData.userId(dsl, "staff1"));
        assertThat(draft.getDepartmentId())
                .isEqualTo(dsl.select(APP_USER.DEPARTMENT_ID)
                        .from(APP_USER)
                        .where(APP_USER.LOGIN_ID.eq("staff1"))
                        .fetchSingle(APP_USER.DEPARTMENT_ID));
        assertThat(draft.getCustomerId()).isEqualTo(customerId);
    }

    @Test
    void aRecordNeedsADateAndATimeNeedsItsDate() {
        var draft = negotiations.newDraft(customerId);
        draft.setPlannedTime(LocalTime.of(10, 0));
        draft.setDoneTime(LocalTime.of(11, 0));
        int before = dsl.fetchCount(NEGOTIATION);

        assertThatThrownBy(() -> negotiations.create(draft))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKeysByField())
                                .containsEntry("dates", "negotiation.error.dateRequired")
                                .containsEntry("plannedTime", "negotiation.error.timeNeedsDate")
                                .containsEntry("doneTime", "negotiation.error.timeNeedsDate"));
        assertThat(dsl.fetchCount(NEGOTIATION)).isEqualTo(before);
    }

    @Test
    void theScheduleDateIsTheDoneDateIfSetElseThePlannedOne() {
        var draft = negotiations.newDraft(customerId);
        draft.setPlannedDate(TODAY.plusDays(3));
        long id = negotiations.create(draft);
        assertThat(shownDate(id)).isEqualTo(TODAY.plusDays(3));

        draft.setDoneDate(TODAY.plusDays(1));
        negotiations.update(id, 0, draft);
        assertThat(shownDate(id)).isEqualTo(TODAY.plusDays(1));
    }

    @Test
    void theVisitCycleLeavesExactlyTwoConsistentRecords() {
        var plan = negotiations.newDraft(customerId);
        plan.setPlannedDate(TODAY);
        plan.setPlannedTime(LocalTime.of(10, 0));
        plan.setProgressId(TestData.flag(dsl, "ヒアリング"));
        long planned = negotiations.create(plan);

        // at the visit: the result goes into the same record ...
        var result = negotiations.detail(planned).orElseThrow().toDraft();
        result.setDoneDate(TODAY);
        result.setDoneTime(LocalTime.of(10, 30));
        result.setProgressId(TestData.flag(dsl, "提案中"));
        result.setReport("ご要望をヒアリング。\n次回プランをご提案。");
        negotiations.update(planned, 0, result);
        // ... and the next plan starts from it
        var next = negotiations.nextPlanAfter(planned);
        next.setPlannedDate(TODAY.plusDays(7));
        long nextId = negotiations.create(next);

        var rows = dsl.selectFrom(NEGOTIATION)
                .where(NEGOTIATION.CUSTOMER_ID.eq(customerId))
                .orderBy(NEGOTIATION.ID)
                .fetch();
        assertThat(rows).hasSize(2);
        var done = rows.get(0);
        var upcoming = rows.get(1);
        assertThat(done.getId()).isEqualTo(planned);
        assertThat(done.getDoneDate()).isEqualTo(TODAY);
        assertThat(done.getReport()).startsWith("ご要望");
        assertThat(upcoming.getId()).isEqualTo(nextId);
        assertThat(upcoming.getDoneDate()).isNull();
        assertThat(upcoming.getPlannedDate()).isEqualTo(TODAY.plusDays(7));
        assertThat(upcoming.getHandlerId()).isEqualTo(done.getHandlerId());
        assertThat(upcoming.getDepartmentId()).isEqualTo(done.getDepartmentId());
        assertThat(upcoming.getRankId()).isEqualTo(done.getRankId());
        // and the customer list shows where things stand
        var listed = customers
                .search(CustomerFilter.keyword("キロク シケン"), List.of(), 0, 5)
                .getFirst();
        assertThat(listed.progressName()).isEqualTo("提案中");
        assertThat(listed.nextContactDate()).isEqualTo(TODAY.plusDays(7));
    }

    @Test
    void deletingKeepsTheContentInTheAuditLog() {
        var draft = negotiations.newDraft(customerId);
        draft.setDoneDate(TODAY);
        draft.setReport("削除される記録の内容");
        draft.setRemarks("削除前の備考");
        long id = negotiations.create(draft);

        negotiations.delete(id, 0);

        assertThat(dsl.fetchCount(NEGOTIATION, NEGOTIATION.ID.eq(id))).isZero();
        var audit = dsl.selectFrom(AUDIT_LOG)
                .where(AUDIT_LOG.ENTITY_TYPE.eq("negotiation"))
                .and(AUDIT_LOG.ENTITY_ID.eq(id))
                .and(AUDIT_LOG.ACTION.eq("DELETE"))
                .fetchSingle();
        assertThat(audit.getDetail()).contains("記録 試験").contains("削除される記録の内容").contains("削除前の備考");
        assertThat(audit.getUserId()).isEqualTo(TestData.userId(dsl, "staff1"));
    }

    @Test
    void aSecondSaveOfTheSameVersionIsRefusedNamingTheFirst() {
        var draft = negotiations.newDraft(customerId);
        draft.setPlannedDate(TODAY);
        long id = negotiations.create(draft);

        SignIn.as(users, "staff2");
        var theirs = negotiations.detail(id).orElseThrow().toDraft();
        theirs.setRemarks("staff2 が先に保存");
        negotiations.update(id, 0, theirs);

        SignIn.as(users, "staff1");
        var mine = negotiations.detail(id).orElseThrow().toDraft();
        mine.setRemarks("staff1 は後から");
        assertThatThrownBy(() -> negotiations.update(id, 0, mine))
                .isInstanceOfSatisfying(
                        ConcurrentEditException.class,
                        e -> assertThat(e.editorName()).isEqualTo("鈴木 美咲"));
        assertThatThrownBy(() -> negotiations.delete(id, 0)).isInstanceOf(ConcurrentEditException.class);
        assertThat(negotiations.detail(id).orElseThrow().remarks()).isEqualTo("staff2 が先に保存");
    }

    @Test
    void retiredValuesAreRefusedForNewChoicesButKeptOnOldRecords() {
        var draft = negotiations.newDraft(customerId);
        draft.setPlannedDate(TODAY);
        draft.setDepartmentId(TestData.department(dsl, "工事部"));
        long id = negotiations.create(draft);
        dsl.update(DEPARTMENT)
                .set(DEPARTMENT.ACTIVE, false)
                .where(DEPARTMENT.NAME.eq("工事部"))
                .execute();

        var edited = negotiations.detail(id).orElseThrow().toDraft();
        edited.setRemarks("部署はそのまま");
        negotiations.update(id, 0, edited);
        assertThat(negotiations.detail(id).orElseThrow().departmentName()).isEqualTo("工事部");

        var fresh = negotiations.newDraft(customerId);
        fresh.setPlannedDate(TODAY);
        fresh.setDepartmentId(TestData.department(dsl, "工事部"));
        assertThatThrownBy(() -> negotiations.create(fresh))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKeysByField())
                                .containsEntry("department", "negotiation.error.retired"));
    }

    @Test
    void aPartnerCannotBeTheHandler() {
        var draft = negotiations.newDraft(customerId);
        draft.setPlannedDate(TODAY);
        draft.setHandlerId(TestData.userId(dsl, "partner1"));
        assertThatThrownBy(() -> negotiations.create(draft))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKeysByField()).containsKey("handler"));
    }

    private LocalDate shownDate(long id) {
        return dsl.select(NEGOTIATION.SHOWN_DATE)
                .from(NEGOTIATION)
                .where(NEGOTIATION.ID.eq(id))
                .fetchSingle(NEGOTIATION.SHOWN_DATE);
    }
}
