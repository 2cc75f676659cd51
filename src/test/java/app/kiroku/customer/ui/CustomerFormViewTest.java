package app.kiroku.customer.ui;

import static app.kiroku.db.Tables.CUSTOMER;
import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.KirokuBrowserlessTest;
import app.kiroku.SignIn;
import app.kiroku.SignedInAs;
import app.kiroku.customer.CustomerService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

@Transactional
@SignedInAs("staff1")
class CustomerFormViewTest extends KirokuBrowserlessTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    CustomerService customers;

    @Autowired
    DSLContext dsl;

    @Test
    void requiredFieldsAndKanaAreCheckedAtTheFieldAndNothingIsSaved() {
        var form = navigate(CustomerFormView.class);
        int before = dsl.fetchCount(CUSTOMER);

        test(form.fields.kana).setValue("山田");
        test(form.fields.phone).setValue("123");
        test($(Button.class).id("customer-save")).click();

        assertThat(form.fields.name.isInvalid()).isTrue();
        assertThat(form.fields.name.getErrorMessage()).isEqualTo("顧客名を入力してください。");
        assertThat(form.fields.kana.isInvalid()).isTrue();
        assertThat(form.fields.kana.getErrorMessage()).contains("カタカナで入力してください");
        assertThat(form.fields.phone.getErrorMessage()).contains("10〜11桁");
        assertThat(dsl.fetchCount(CUSTOMER)).isEqualTo(before);
        assertThat(getCurrentView()).isInstanceOf(CustomerFormView.class);
    }

    @Test
    void aNameOrKanaWithAControlOrBidiCharacterIsRefusedAtTheField() {
        var form = navigate(CustomerFormView.class);
        int before = dsl.fetchCount(CUSTOMER);

        test(form.fields.name).setValue("山田\u202E商事");
        test(form.fields.kana).setValue("ヤマダ\tショウジ");
        test($(Button.class).id("customer-save")).click();

        assertThat(form.fields.name.isInvalid()).isTrue();
        assertThat(form.fields.name.getErrorMessage()).isEqualTo("使用できない文字（制御文字）が含まれています。");
        assertThat(form.fields.kana.isInvalid()).isTrue();
        assertThat(form.fields.kana.getErrorMessage()).isEqualTo("使用できない文字（制御文字）が含まれています。");
        assertThat(dsl.fetchCount(CUSTOMER)).isEqualTo(before);
    }

    @Test
    void aNewCustomerIsSavedWithKanaAsKatakanaAndTheCustomerScreenOpens() {
        var form = navigate(CustomerFormView.class);
        test(form.fields.name).setValue("新規 花子");
        test(form.fields.kana).setValue("しんき はなこ");
        test(form.fields.phone).setValue("0312340000");
        test(form.fields.postalCode).setValue("1500001");
        test($(Button.class).id("customer-save")).click();

        assertThat(getCurrentView()).isInstanceOf(CustomerView.class);
        var saved = dsl.selectFrom(CUSTOMER).where(CUSTOMER.NAME.eq("新規 花子")).fetchSingle();
        assertThat(saved.getKana()).isEqualTo("シンキ\u3000ハナコ");
        assertThat(saved.getPostalCode()).isEqualTo("150-0001");
        assertThat($(TextField.class).exists()).isFalse();
    }

    @Test
    void theSameKanaWarnsWithTheExistingCustomerWhoCanBeOpened() {
        var existing = dsl.selectFrom(CUSTOMER).orderBy(CUSTOMER.ID).limit(1).fetchSingle();
        var form = navigate(CustomerFormView.class);
        test(form.fields.name).setValue("別表記の同じ人");
        test(form.fields.kana).setValue(existing.getKana());
        test($(Button.class).id("customer-save")).click();

        var dialog = $(Dialog.class).id("duplicate-dialog");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.getHeaderTitle()).isEqualTo("同じ顧客が登録されていませんか？");
        assertThat(dialog.getElement().getTextRecursively()).contains("カナまたは電話番号が同じ顧客が1件あります");
        @SuppressWarnings("unchecked")
        var matches = (com.vaadin.flow.component.grid.Grid<app.kiroku.customer.CustomerListItem>)
                $(com.vaadin.flow.component.grid.Grid.class).id("duplicate-grid");
        assertThat(test(matches).getRow(0).id()).isEqualTo(existing.getId());
        test(matches).clickRow(0);

        assertThat(getCurrentView()).isInstanceOf(CustomerView.class);
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("customers/" + existing.getId());
        assertThat(dsl.fetchCount(CUSTOMER, CUSTOMER.NAME.eq("別表記の同じ人"))).isZero();
    }

    @Test
    void registeringAnywayStoresTheNewCustomer() {
        var existing = dsl.selectFrom(CUSTOMER).orderBy(CUSTOMER.ID).limit(1).fetchSingle();
        var form = navigate(CustomerFormView.class);
        test(form.fields.name).setValue("同姓同名の別人");
        test(form.fields.kana).setValue(existing.getKana());
        test($(Button.class).id("customer-save")).click();
        test($(Button.class).id("duplicate-continue")).click();

        assertThat(getCurrentView()).isInstanceOf(CustomerView.class);
        assertThat(dsl.fetchCount(CUSTOMER, CUSTOMER.NAME.eq("同姓同名の別人"))).isOne();
    }

    @Test
    void aSaveThatLostTheRaceKeepsTheInputAndNamesWhoSavedFirst() {
        long id = dsl.select(CUSTOMER.ID)
                .from(CUSTOMER)
                .orderBy(CUSTOMER.ID.desc())
                .limit(1)
                .fetchSingle(CUSTOMER.ID);
        UI.getCurrent().navigate(CustomerFormView.class, CustomerView.of(id));
        var form = (CustomerFormView) getCurrentView();
        test(form.fields.memo).setValue("私の入力");

        // meanwhile staff2 saves the same customer
        SignIn.as(users, "staff2");
        var detail = customers.detail(id).orElseThrow();
        var other = detail.toDraft();
        other.setMemo("先に保存された内容");
        customers.update(id, detail.version(), other);
        SignIn.as(users, "staff1");

        test($(Button.class).id("customer-save")).click();

        var conflict = $(ConfirmDialog.class).id("conflict-dialog");
        assertThat(conflict.getElement().getProperty("message")).contains("鈴木 美咲");
        assertThat(form.fields.memo.getValue()).isEqualTo("私の入力");
        assertThat(getCurrentView()).isSameAs(form);
    }

    @Test
    void cancelAsksFirstWhenSomethingWasTyped() {
        var form = navigate(CustomerFormView.class);
        test(form.fields.name).setValue("途中まで");
        test($(Button.class).id("customer-cancel")).click();

        assertThat($(ConfirmDialog.class).id("discard-dialog").isOpened()).isTrue();
        assertThat(getCurrentView()).isSameAs(form);
    }
}
