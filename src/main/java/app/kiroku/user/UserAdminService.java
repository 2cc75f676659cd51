package app.kiroku.user;

import app.kiroku.shared.audit.AuditLog;
import app.kiroku.shared.data.ConcurrentEditException;
import app.kiroku.shared.validation.FieldChecks;
import app.kiroku.shared.validation.NameCharacters;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * ユーザー管理: admins list, create and edit users, reset passwords (a temporary one the user must change at the
 * next login, which signs in only for a while: {@link TemporaryPasswordValidity}), deactivate and unlock.
 * Deactivated users keep their records and names. Every change is audited.
 */
@Service
@Transactional
public class UserAdminService {

    private static final Pattern LOGIN_ID = Pattern.compile("[A-Za-z0-9._-]{3,50}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** A new user, or one whose password was reset, with the temporary password to hand over once and its end. */
    public record Issued(long id, String temporaryPassword, LocalDateTime validUntil) {}

    private final UserAdminRepository users;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final TemporaryPasswordValidity temporaryPasswords;
    private final Clock clock;
    private final SignedInSessions sessions;

    UserAdminService(
            UserAdminRepository users,
            PasswordPolicy policy,
            PasswordEncoder encoder,
            CurrentUser currentUser,
            AuditLog audit,
            TemporaryPasswordValidity temporaryPasswords,
            Clock clock,
            SignedInSessions sessions) {
        this.sessions = sessions;
        this.users = users;
        this.policy = policy;
        this.encoder = encoder;
        this.currentUser = currentUser;
        this.audit = audit;
        this.temporaryPasswords = temporaryPasswords;
        this.clock = clock;
    }

    @AdminOnly
    @Transactional(readOnly = true)
    public List<UserListItem> search(String keyword, int offset, int limit) {
        return users.search(keyword, offset, limit);
    }

    @AdminOnly
    @Transactional(readOnly = true)
    public int count(String keyword) {
        return users.count(keyword);
    }

    @AdminOnly
    public Issued create(UserDraft draft) {
        validate(draft, null);
        String temporary = policy.temporary();
        LocalDateTime now = LocalDateTime.now(clock);
        long id = users.insert(clean(draft), encoder.encode(temporary), now);
        log("CREATE", id, draft.getLoginId() + " " + draft.getRole());
        return new Issued(id, temporary, temporaryPasswords.validUntil(now));
    }

    @AdminOnly
    public void update(long id, int version, UserDraft draft) {
        UserListItem before = users.find(id).orElseThrow(() -> new NoSuchElementException("No user " + id));
        validate(draft, id);
        if (!users.update(id, version, clean(draft), LocalDateTime.now(clock))) {
            // another admin saved first; the dialog asks to reopen the user (no editor name is kept for users)
            throw new ConcurrentEditException("", LocalDateTime.now(clock));
        }
        String change = before.active() && !draft.isActive()
                ? "DEACTIVATE"
                : !before.active() && draft.isActive() ? "REACTIVATE" : "UPDATE";
        log(change, id, draft.getLoginId() + " " + draft.getRole() + (draft.isActive() ? "" : " inactive"));
        if (changesWhatASessionHolds(before, clean(draft))) {
            sessions.endAll(id);
        }
    }

    /** A signed-in session carries the login id, role and department it signed in with; those must not go stale. */
    private static boolean changesWhatASessionHolds(UserListItem before, UserDraft after) {
        return !after.isActive()
                || before.role() != after.getRole()
                || !before.loginId().equals(after.getLoginId())
                || !java.util.Objects.equals(before.departmentId(), after.getDepartmentId());
    }

    /** A new temporary password, also for one whose earlier temporary password expired unused. */
    @AdminOnly
    public Issued resetPassword(long id) {
        users.find(id).orElseThrow(() -> new NoSuchElementException("No user " + id));
        String temporary = policy.temporary();
        LocalDateTime now = LocalDateTime.now(clock);
        users.setPassword(id, encoder.encode(temporary), true, now);
        users.unlock(id);
        sessions.endAll(id);
        log("RESET_PASSWORD", id, "");
        return new Issued(id, temporary, temporaryPasswords.validUntil(now));
    }

    @AdminOnly
    public void unlock(long id) {
        users.find(id).orElseThrow(() -> new NoSuchElementException("No user " + id));
        users.unlock(id);
        log("UNLOCK", id, "");
    }

    private void validate(UserDraft draft, Long id) {
        long me = currentUser.require().id();
        boolean self = id != null && id == me;
        String email = draft.getEmail() == null ? "" : draft.getEmail().strip();
        new FieldChecks()
                .check("loginId", LOGIN_ID.matcher(draft.getLoginId().strip()).matches(), "user.error.loginId")
                .check("loginId", !users.loginIdTaken(draft.getLoginId().strip(), id), "user.error.loginIdTaken")
                .checkMessage("name", NameCharacters.check(draft.getName()))
                .check(
                        "name",
                        !draft.getName().isBlank() && draft.getName().strip().length() <= 100,
                        "user.error.name")
                .checkMessage("kana", NameCharacters.check(draft.getKana()))
                .check(
                        "kana",
                        app.kiroku.shared.text.SearchText.toKatakana(draft.getKana())
                                        .length()
                                <= 100,
                        "user.error.kana")
                .check(
                        "email",
                        email.isEmpty()
                                || (email.length() <= 254
                                        && EMAIL.matcher(email).matches()),
                        "user.error.email")
                // an admin cannot lock themselves out of administration
                .check("active", !self || draft.isActive(), "user.error.selfDeactivate")
                .check("role", !self || draft.getRole() == Role.ADMIN, "user.error.selfDemote")
                .throwIfAny();
    }

    private static UserDraft clean(UserDraft draft) {
        var clean = new UserDraft();
        clean.setLoginId(draft.getLoginId().strip());
        clean.setName(draft.getName().strip());
        clean.setKana(app.kiroku.shared.text.SearchText.toKatakana(draft.getKana()));
        clean.setEmail(
                draft.getEmail() == null || draft.getEmail().isBlank()
                        ? null
                        : draft.getEmail().strip());
        clean.setRole(draft.getRole());
        clean.setDepartmentId(draft.getDepartmentId());
        clean.setActive(draft.isActive());
        clean.setMayImport(draft.getRole() == Role.STAFF && draft.isMayImport());
        return clean;
    }

    private void log(String action, long id, String detail) {
        audit.record(currentUser.require().id(), action, "user", id, detail);
    }
}
