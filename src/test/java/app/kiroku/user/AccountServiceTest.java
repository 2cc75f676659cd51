package app.kiroku.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kiroku.KirokuTest;
import app.kiroku.SignIn;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

@KirokuTest
@Transactional
class AccountServiceTest {

    @Autowired
    AccountService accounts;

    @Autowired
    KirokuUserDetailsService users;

    @Autowired
    AccountMenu menu;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theChosenLanguageIsKeptForTheNextLogin() {
        SignIn.as(users, "staff2");
        assertThat(((KirokuUser) users.loadUserByUsername("staff2")).preferredLocale())
                .isNull();

        accounts.changeLanguage(Locale.ENGLISH);

        assertThat(((KirokuUser) users.loadUserByUsername("staff2")).preferredLocale())
                .isEqualTo(Locale.ENGLISH);
    }

    @Test
    void visitInvitationsAndRemindersAreOnUntilTheUserTurnsThemOff() {
        SignIn.as(users, "staff2");
        assertThat(accounts.calendarMailChoices()).contains(new CalendarMailChoices(true, true));

        accounts.changeCalendarMailChoices(new CalendarMailChoices(false, true));

        assertThat(accounts.calendarMailChoices()).contains(new CalendarMailChoices(false, true));
    }

    @Test
    void partnersHaveNoVisitMailToChoose() {
        SignIn.as(users, "partner1");
        assertThat(accounts.calendarMailChoices()).isEmpty();
    }

    @Test
    void theMenuNamesTheSignedInUserAndTheirRole() {
        SignIn.as(users, "partner1");
        assertThat(menu.displayName()).isEqualTo("田中 誠（田中設備）");
        assertThat(menu.roleLabelKey()).isEqualTo("role.partner");
    }

    @Test
    void nobodyChangesALanguageWithoutSigningIn() {
        assertThatThrownBy(() -> accounts.changeLanguage(Locale.ENGLISH))
                .isInstanceOf(
                        org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }
}
