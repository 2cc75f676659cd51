package app.kiroku.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.KirokuBrowserlessTest;
import app.kiroku.SignIn;
import app.kiroku.master.MasterAdminService;
import app.kiroku.master.MasterDataService;
import app.kiroku.master.MasterItem;
import app.kiroku.master.MasterKind;
import app.kiroku.master.ui.MasterAdminView;
import app.kiroku.shared.ui.ErrorPage;
import app.kiroku.user.ui.AccountView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

@Transactional
class AdminViewsTest extends KirokuBrowserlessTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    MasterDataService masters;

    @Autowired
    MasterAdminService masterAdmin;

    @Autowired
    app.kiroku.user.UserAdminService userAdmin;

    @Test
    void anAdminAddsAProgressFlagAndADuplicateNameIsRefusedAtTheField() {
        SignIn.as(users, "admin");
        navigate(MasterAdminView.class);
        test($(TabSheet.class).single()).select(1);
        test($(Button.class).id("master-add-progress")).click();
        test($(TextField.class).id("master-name")).setValue("現地調査");
        test($(Button.class).id("master-save")).click();
        assertThat(masters.progressFlags()).extracting(MasterItem::name).contains("現地調査");

        test($(Button.class).id("master-add-progress")).click();
        var name = $(TextField.class).id("master-name");
        test(name).setValue("契約");
        test($(Button.class).id("master-save")).click();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("同じ名前がすでにあります。");
    }

    @Test
    void anAdminSetsTheContactThresholdsAndFallingOnesAreRefusedAtTheField() {
        SignIn.as(users, "admin");
        navigate(MasterAdminView.class);
        test($(TabSheet.class).single()).select(3);
        var recent = $(com.vaadin.flow.component.textfield.IntegerField.class).id("threshold-recent");
        var stale = $(com.vaadin.flow.component.textfield.IntegerField.class).id("threshold-stale");
        assertThat(recent.getValue()).isEqualTo(7);
        assertThat(stale.getValue()).isEqualTo(30);

        test(recent).setValue(20);
        test(stale).setValue(20);
        test($(Button.class).id("threshold-save")).click();
        assertThat(stale.isInvalid()).isTrue();
        assertThat(masterAdmin.contactThresholds().recentDays()).isEqualTo(7);

        test(stale).setValue(45);
        test($(Button.class).id("threshold-save")).click();
        assertThat(stale.isInvalid()).isFalse();
        assertThat(masterAdmin.contactThresholds().recentDays()).isEqualTo(20);
        assertThat(masterAdmin.contactThresholds().staleDays()).isEqualTo(45);
    }

    @Test
    void aMasterOrUserNameWithABidiControlIsRefusedAtTheField() {
        SignIn.as(users, "admin");
        navigate(MasterAdminView.class);
        test($(Button.class).id("master-add-department")).click();
        var name = $(TextField.class).id("master-name");
        test(name).setValue("営業\u2066部");
        test($(Button.class).id("master-save")).click();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("使用できない文字（制御文字）が含まれています。");
        assertThat(masters.departments()).extracting(MasterItem::name).doesNotContain("営業\u2066部");

        navigate(UserAdminView.class);
        test($(Button.class).id("user-new")).click();
        test($(TextField.class).id("user-login-id")).setValue("bidi.name");
        var userName = $(TextField.class).id("user-name");
        test(userName).setValue("山田\u200F花子");
        test($(Button.class).id("user-save")).click();
        assertThat(userName.isInvalid()).isTrue();
        assertThat(userName.getErrorMessage()).isEqualTo("使用できない文字（制御文字）が含まれています。");
        assertThat($(Dialog.class).withId("temporary-password-dialog").exists()).isFalse();
    }

    @Test
    void deletingAValueInUseSaysToRetireItInstead() {
        SignIn.as(users, "admin");
        navigate(MasterAdminView.class);
        @SuppressWarnings("unchecked")
        var grid = (com.vaadin.flow.component.grid.Grid<MasterItem>)
                $(com.vaadin.flow.component.grid.Grid.class).id("master-grid-department");
        var actions = test(grid).getCellComponent(0, 3);
        test($(Button.class, actions).withText("削除").single()).click();
        test($(ConfirmDialog.class).id("master-delete-dialog")).confirm();

        var message = $(Notification.class).last();
        assertThat(test(message).getText()).contains("削除できません").contains("使用終了");
    }

    @Test
    void renamingAValueChangedMeanwhileShowsTheConflictAndKeepsWhatWasTyped() {
        SignIn.as(users, "admin");
        navigate(MasterAdminView.class);
        @SuppressWarnings("unchecked")
        var grid = (com.vaadin.flow.component.grid.Grid<MasterItem>)
                $(com.vaadin.flow.component.grid.Grid.class).id("master-grid-department");
        test($(Button.class, test(grid).getCellComponent(0, 3)).withText("編集").single())
                .click();
        MasterItem shown = masters.departments().getFirst();
        masterAdmin.rename(MasterKind.DEPARTMENT, shown.id(), shown.version(), "先に保存した部署", null);

        test($(TextField.class).id("master-name")).setValue("あとから入力した部署");
        test($(Button.class).id("master-save")).click();

        var conflict = $(ConfirmDialog.class).id("conflict-dialog");
        assertThat(conflict.isOpened()).isTrue();
        assertThat(conflict.getElement().getProperty("message")).contains("保存できませんでした");
        assertThat($(Dialog.class).id("master-dialog").isOpened()).isTrue();
        assertThat($(TextField.class).id("master-name").getValue()).isEqualTo("あとから入力した部署");
        assertThat(masters.departments().getFirst().name()).isEqualTo("先に保存した部署");
    }

    @Test
    void anAdminAllowsAStaffUserToImportAndTheChoiceIsOnlyForStaff() {
        SignIn.as(users, "admin");
        navigate(UserAdminView.class);
        test($(TextField.class).id("user-keyword")).setValue("staff1");
        test($(Button.class).id("user-search")).click();
        @SuppressWarnings("unchecked")
        var grid = (com.vaadin.flow.component.grid.Grid<app.kiroku.user.UserListItem>)
                $(com.vaadin.flow.component.grid.Grid.class).id("user-grid");
        test(grid).clickRow(0);
        var mayImport = $(com.vaadin.flow.component.checkbox.Checkbox.class).id("user-may-import");
        assertThat(mayImport.isEnabled()).isTrue();
        assertThat(mayImport.getValue()).isFalse();
        test(mayImport).click();
        test($(Button.class).id("user-save")).click();

        assertThat(userAdmin.search("staff1", 0, 1).getFirst().mayImport()).isTrue();

        test(grid).clickRow(0);
        @SuppressWarnings("unchecked")
        var role = (com.vaadin.flow.component.select.Select<app.kiroku.user.Role>)
                $(com.vaadin.flow.component.select.Select.class).id("user-role");
        test(role).selectItem("関連業者");
        assertThat($(com.vaadin.flow.component.checkbox.Checkbox.class)
                        .id("user-may-import")
                        .isEnabled())
                .isFalse();
    }

    @Test
    void creatingAUserShowsTheTemporaryPasswordOnce() {
        SignIn.as(users, "admin");
        navigate(UserAdminView.class);
        test($(Button.class).id("user-new")).click();
        test($(TextField.class).id("user-login-id")).setValue("browserless1");
        test($(TextField.class).id("user-name")).setValue("画面 試験");
        test($(Button.class).id("user-save")).click();

        assertThat($(Dialog.class).id("temporary-password-dialog").isOpened()).isTrue();
        assertThat($(Span.class).id("temporary-password").getText()).hasSize(12);
    }

    @Test
    void staffCannotOpenTheAdminScreens() {
        SignIn.as(users, "staff1");
        UI.getCurrent().navigate("admin/masters");
        assertThat(getCurrentView()).isInstanceOf(ErrorPage.class);
        UI.getCurrent().navigate("admin/users");
        assertThat(getCurrentView()).isInstanceOf(ErrorPage.class);
    }

    @Test
    void aWrongCurrentPasswordIsShownAtItsField() {
        SignIn.as(users, "staff1");
        navigate(AccountView.class);
        test($(PasswordField.class).id("account-current")).setValue("not-my-password");
        test($(PasswordField.class).id("account-new")).setValue("Umi-no-oto-2026");
        test($(PasswordField.class).id("account-repeat")).setValue("Umi-no-oto-2026");
        test($(Button.class).id("account-change")).click();

        var current = $(PasswordField.class).id("account-current");
        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage()).isEqualTo("現在のパスワードが正しくありません。");
    }
}
