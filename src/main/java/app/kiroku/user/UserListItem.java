package app.kiroku.user;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A user as the administration list shows them, with what the form needs to edit them. */
public record UserListItem(
        long id,
        String loginId,
        String name,
        String kana,
        @Nullable String email,
        Role role,
        @Nullable Long departmentId,
        @Nullable String departmentName,
        boolean active,
        @Nullable LocalDateTime lockedUntil,
        boolean mustChangePassword,
        int version,
        boolean mayImport) {

    public boolean lockedAt(LocalDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public UserDraft toDraft() {
        var draft = new UserDraft();
        draft.setLoginId(loginId);
        draft.setName(name);
        draft.setKana(kana);
        draft.setEmail(email);
        draft.setRole(role);
        draft.setDepartmentId(departmentId);
        draft.setActive(active);
        draft.setMayImport(mayImport);
        return draft;
    }
}
