package app.kiroku.negotiation.ui;

import static app.kiroku.db.Tables.NEGOTIATION;
import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.KirokuBrowserlessTest;
import app.kiroku.SignIn;
import app.kiroku.SignedInAs;
import app.kiroku.TestClock;
import app.kiroku.customer.CustomerDraft;
import app.kiroku.customer.CustomerService;
import app.kiroku.negotiation.NegotiationService;
import app.kiroku.shared.ui.DraftKeeper;
import app.kiroku.user.KirokuUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/** The record form restores the browser's draft; an edit's draft keeps the version it was typed over. */
@Transactional
@SignedInAs("staff1")
class NegotiationFormDraftTest extends KirokuBrowserlessTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    CustomerService customers;

    @Autowired
    NegotiationService negotiations;

    @Autowired
    DSLContext dsl;

    long staff1;
    long customerId;
    long id;

    @BeforeEach
    void record() {
        staff1 = ((KirokuUser) users.loadUserByUsername("staff1")).id();
        var customer = new CustomerDraft();
        customer.setName("下書き 確認");
        customer.setKana("シタガキ\u3000カクニン");
        customerId = customers.create(customer);
        var plan = negotiations.newDraft(customerId);
        plan.setPlannedDate(TestClock.TODAY);
        id = negotiations.create(plan);
    }

    private String draft(String key, int version, String report) {
        String json = """
                {"key":"%s","savedAt":1796191500000,"version":%d,"values":{"field-planned-date":"2026-12-03",
                 "field-planned-time":"14:00","field-handler":"鈴木 美咲","field-report":"%s"}}""";
        return json.formatted(key, version, report);
    }

    @Test
    void aNewRecordsDraftIsRestoredAndSaved() {
        UI.getCurrent().navigate(NegotiationFormView.createPath(customerId));
        var form = (NegotiationFormView) getCurrentView();
        form.drafts.offer(draft(DraftKeeper.key(staff1, "negotiation", "new", "customer", customerId), 0, "初回訪問のご挨拶。"));
        test($(Button.class).id("draft-restore")).click();

        assertThat(form.fields.plannedDate.getValue()).isEqualTo(TestClock.TODAY.plusDays(7));
        assertThat(form.fields.handler.getValue().name()).isEqualTo("鈴木 美咲");
        test($(Button.class).id("negotiation-save")).click();

        assertThat(getCurrentView()).isInstanceOf(NegotiationDetailView.class);
        assertThat(dsl.fetchCount(NEGOTIATION, NEGOTIATION.REPORT.eq("初回訪問のご挨拶。")))
                .isOne();
    }

    @Test
    void aRestoredEditDraftMeetsTheConflictWhenSomeoneSavedMeanwhile() {
        // staff2 saves the record after staff1's draft was typed over version 0
        SignIn.as(users, "staff2");
        var theirs = negotiations.detail(id).orElseThrow().toDraft();
        theirs.setReport("鈴木の報告");
        negotiations.update(id, 0, theirs);
        SignIn.as(users, "staff1");

        UI.getCurrent().navigate(NegotiationFormView.editPath(id));
        var form = (NegotiationFormView) getCurrentView();
        assertThat(form.fields.report.getValue()).isEqualTo("鈴木の報告");
        form.drafts.offer(draft(DraftKeeper.key(staff1, "negotiation", "edit", id), 0, "佐藤の下書き"));
        test($(Button.class).id("draft-restore")).click();
        assertThat(form.fields.report.getValue()).isEqualTo("佐藤の下書き");
        test($(Button.class).id("negotiation-save")).click();

        assertThat($(Dialog.class).id("conflict-dialog").isOpened()).isTrue();
        assertThat(dsl.select(NEGOTIATION.REPORT)
                        .from(NEGOTIATION)
                        .where(NEGOTIATION.ID.eq(id))
                        .fetchSingle(NEGOTIATION.REPORT))
                .isEqualTo("鈴木の報告");
    }

    @Test
    void theResultFormKeepsItsDraftApartFromTheEditForm() {
        navigate(NegotiationDetailView.class, id);
        test(button("結果を入力して次回予定")).click();
        var form = (NegotiationFormView) getCurrentView();
        form.drafts.offer(draft(DraftKeeper.key(staff1, "negotiation", "edit", id), 0, "編集画面の下書き"));
        assertThat($(Button.class).all()).noneMatch(b -> b.getId().orElse("").equals("draft-restore"));

        form.drafts.offer(draft(DraftKeeper.key(staff1, "negotiation", "result", id), 0, "結果の下書き"));
        test($(Button.class).id("draft-restore")).click();
        assertThat(form.fields.report.getValue()).isEqualTo("結果の下書き");
    }

    private Button button(String text) {
        return $(Button.class).all().stream()
                .filter(b -> text.equals(b.getText()))
                .findFirst()
                .orElseThrow();
    }
}
