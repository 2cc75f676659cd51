package app.kiroku.user.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.KirokuBrowserlessTest;
import app.kiroku.SignIn;
import app.kiroku.user.AccountService;
import app.kiroku.user.CalendarMailChoices;
import com.vaadin.flow.component.checkbox.Checkbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/** アカウント設定's visit-mail card: both boxes ticked at first, a click saves at once, and partners have no card. */
@Transactional
class CalendarMailPreferencesTest extends KirokuBrowserlessTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    AccountService accounts;

    @Test
    void clearingABoxTurnsThatMailOff() {
        SignIn.as(users, "staff2");
        navigate(AccountView.class);
        var invitations = $(Checkbox.class).id("account-visit-invitations");
        var reminders = $(Checkbox.class).id("account-visit-reminders");
        assertThat(invitations.getLabel()).isEqualTo("訪問の招待をメールで受け取る");
        assertThat(invitations.getValue()).isTrue();
        assertThat(reminders.getValue()).isTrue();

        test(reminders).click();

        assertThat(accounts.calendarMailChoices()).contains(new CalendarMailChoices(true, false));
    }

    @Test
    void partnersSeeNoVisitMailChoices() {
        SignIn.as(users, "partner1");
        navigate(AccountView.class);

        assertThat($(Checkbox.class).all())
                .noneMatch(box -> box.getId().orElse("").startsWith("account-visit"));
    }
}
