package app.kiroku.user;

import org.jspecify.annotations.Nullable;

/** What the user administration form edits (a bean for a Vaadin Binder). */
public class UserDraft {

    private String loginId = "";
    private String name = "";
    private String kana = "";
    private @Nullable String email;
    private Role role = Role.STAFF;
    private @Nullable Long departmentId;
    private boolean active = true;
    private boolean mayImport;

    public String getLoginId() {
        return loginId;
    }

    public void setLoginId(@Nullable String loginId) {
        this.loginId = loginId == null ? "" : loginId;
    }

    public String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name == null ? "" : name;
    }

    public String getKana() {
        return kana;
    }

    public void setKana(@Nullable String kana) {
        this.kana = kana == null ? "" : kana;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(@Nullable Role role) {
        this.role = role == null ? Role.STAFF : role;
    }

    public @Nullable Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(@Nullable Long departmentId) {
        this.departmentId = departmentId;
    }

    /** A STAFF user may use データ取込 (ADMIN always may; PARTNER never). */
    public boolean isMayImport() {
        return mayImport;
    }

    public void setMayImport(boolean mayImport) {
        this.mayImport = mayImport;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
