package app.kiroku.customer.ui;

import static app.kiroku.db.Tables.CUSTOMER;
import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.KirokuBrowserlessTest;
import app.kiroku.SignIn;
import app.kiroku.SignedInAs;
import app.kiroku.customer.CustomerService;
import app.kiroku.shared.ui.DraftKeeper;
import app.kiroku.user.KirokuUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/** The customer form offers the draft the browser kept for the same user and customer, and restores it. */
@Transactional
@SignedInAs("staff1")
class CustomerFormDraftTest extends KirokuBrowserlessTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    DSLContext dsl;

    @Autowired
    CustomerService customers;

    long staff1;
    long customerId;

    @BeforeEach
    void signIn() {
        staff1 = ((KirokuUser) users.loadUserByUsername("staff1")).id();
        customerId = dsl.select(CUSTOMER.ID)
                .from(CUSTOMER)
                .orderBy(CUSTOMER.ID)
                .limit(1)
                .fetchSingle(CUSTOMER.ID);
    }

    private CustomerFormView openEdit() {
        UI.getCurrent().navigate(CustomerFormView.class, CustomerView.of(customerId));
        return (CustomerFormView) getCurrentView();
    }

    private static String draft(String key, int version, String memo, String assignee) {
        return """
                {"key":"%s","savedAt":1796191500000,"version":%d,
                 "values":{"field-memo":"%s","field-assignees":["%s"]}}""".formatted(key, version, memo, assignee);
    }

    private List<Notification> offers() {
        return $(Notification.class).all().stream()
                .filter(n -> n.getId().orElse("").equals("draft-offer"))
                .filter(Notification::isOpened)
                .toList();
    }

    @Test
    void theDraftIsOfferedWithItsTimeAndRestoredIntoTheFields() {
        var form = openEdit();
        form.drafts.offer(draft(DraftKeeper.key(staff1, "customer", "edit", customerId), 0, "駐車場は裏手、\\n犬に注意", "鈴木 美咲"));

        assertThat(offers()).hasSize(1);
        assertThat(offers().getFirst().getElement().getTextRecursively()).contains("保存されていない入力があります（12月2日 15:05）。");
        test($(Button.class).id("draft-restore")).click();

        assertThat(form.fields.memo.getValue()).isEqualTo("駐車場は裏手、\n犬に注意");
        assertThat(form.fields.assignees.getValue()).extracting(a -> a.name()).containsExactly("鈴木 美咲");
        assertThat(form.fields.hasChanges()).isTrue();
        assertThat(offers()).isEmpty();
    }

    @Test
    void aDraftKeptUnderAnotherUsersKeyIsNeverOffered() {
        long admin = ((KirokuUser) users.loadUserByUsername("admin")).id();
        var form = openEdit();
        form.drafts.offer(draft(DraftKeeper.key(admin, "customer", "edit", customerId), 0, "管理者のメモ", "鈴木 美咲"));
        form.drafts.offer(draft(DraftKeeper.key(staff1, "customer", "edit", customerId + 1), 0, "別の顧客", "鈴木 美咲"));

        assertThat(offers()).isEmpty();
        assertThat(form.fields.memo.getValue()).isNotEqualTo("管理者のメモ");
    }

    @Test
    void aDraftThatTheFormAlreadyShowsIsNotOffered() {
        var form = openEdit();
        String memo = form.fields.memo.getValue();
        String assignee = form.fields.assignees.getValue().stream()
                .findFirst()
                .orElseThrow()
                .name();
        form.drafts.offer(draft(DraftKeeper.key(staff1, "customer", "edit", customerId), 0, memo, assignee));

        assertThat(offers()).isEmpty();
    }

    @Test
    void aRestoredEditDraftMeetsTheConflictWhenSomeoneSavedMeanwhile() {
        // staff2 saves the customer after staff1's draft was typed over the version before
        int typedOver = customers.detail(customerId).orElseThrow().version();
        SignIn.as(users, "staff2");
        var theirs = customers.detail(customerId).orElseThrow().toDraft();
        theirs.setMemo("鈴木のメモ");
        customers.update(customerId, typedOver, theirs);
        SignIn.as(users, "staff1");

        var form = openEdit();
        assertThat(form.fields.memo.getValue()).isEqualTo("鈴木のメモ");
        form.drafts.offer(draft(DraftKeeper.key(staff1, "customer", "edit", customerId), typedOver, "佐藤の下書き", "鈴木 美咲"));
        test($(Button.class).id("draft-restore")).click();
        assertThat(form.fields.memo.getValue()).isEqualTo("佐藤の下書き");
        test($(Button.class).id("customer-save")).click();

        var conflict = $(ConfirmDialog.class).id("conflict-dialog");
        assertThat(conflict.isOpened()).isTrue();
        assertThat(conflict.getElement().getProperty("message")).contains("鈴木 美咲");
        assertThat(dsl.select(CUSTOMER.MEMO)
                        .from(CUSTOMER)
                        .where(CUSTOMER.ID.eq(customerId))
                        .fetchSingle(CUSTOMER.MEMO))
                .isEqualTo("鈴木のメモ");
        assertThat(getCurrentView()).isSameAs(form);
    }

    @Test
    void discardingTheOfferLeavesTheFormAsItWas() {
        var form = navigate(CustomerFormView.class);
        form.drafts.offer(draft(DraftKeeper.key(staff1, "customer", "new"), 0, "新規のメモ", "佐藤 健一"));
        test($(Button.class).id("draft-discard")).click();

        assertThat(offers()).isEmpty();
        assertThat(form.fields.memo.getValue()).isEmpty();
    }
}
