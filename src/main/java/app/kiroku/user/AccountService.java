package app.kiroku.user;

import app.kiroku.shared.audit.AuditLog;
import app.kiroku.shared.validation.FieldChecks;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What every signed-in user may do with their own account. */
@Service
public class AccountService {

    private final UserAccountRepository users;
    private final UserAdminRepository accounts;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;
    private final SignedInSessions sessions;

    AccountService(
            UserAccountRepository users,
            UserAdminRepository accounts,
            PasswordPolicy policy,
            PasswordEncoder encoder,
            CurrentUser currentUser,
            AuditLog audit,
            Clock clock,
            SignedInSessions sessions) {
        this.sessions = sessions;
        this.users = users;
        this.accounts = accounts;
        this.policy = policy;
        this.encoder = encoder;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Changes my password: the current one is required and the new one must pass the policy. */
    @SignedIn
    @Transactional
    public void changePassword(String currentPassword, String newPassword) {
        KirokuUser me = currentUser.require();
        String hash = accounts.passwordHash(me.id()).orElseThrow();
        new FieldChecks()
                .check("current", encoder.matches(currentPassword, hash), "account.error.current")
                .checkMessage("password", policy.check(newPassword, me.loginId()))
                .check("password", !encoder.matches(newPassword, hash), "account.error.password.same")
                .throwIfAny();
        accounts.setPassword(me.id(), encoder.encode(newPassword), false, LocalDateTime.now(clock));
        audit.record(me.id(), "CHANGE_PASSWORD", "user", me.id(), "");
        sessions.endOthers(me.id());
    }

    /** True after an admin handed out a temporary password that was not yet replaced. */
    @SignedIn
    @Transactional(readOnly = true)
    public boolean mustChangePassword() {
        return accounts.mustChangePassword(currentUser.require().id());
    }

    @SignedIn
    @Transactional
    public void changeLanguage(Locale locale) {
        users.updateLocale(currentUser.require().id(), locale.toLanguageTag(), LocalDateTime.now(clock));
    }

    /** My choices about visit mail; empty for PARTNER users, who receive neither invitations nor reminders. */
    @SignedIn
    @Transactional(readOnly = true)
    public Optional<CalendarMailChoices> calendarMailChoices() {
        KirokuUser me = currentUser.require();
        return !me.role().isInHouse() ? Optional.empty() : Optional.of(users.calendarMailChoices(me.id()));
    }

    @SignedIn
    @Transactional
    public void changeCalendarMailChoices(CalendarMailChoices choices) {
        KirokuUser me = currentUser.require();
        users.updateCalendarMailChoices(me.id(), choices, LocalDateTime.now(clock));
        audit.record(
                me.id(),
                "CHANGE_MAIL_PREFS",
                "user",
                me.id(),
                "invitations=" + choices.invitations() + " reminders=" + choices.reminders());
    }
}
