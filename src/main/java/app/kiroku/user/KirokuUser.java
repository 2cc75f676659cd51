package app.kiroku.user;

import java.io.Serial;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user as Spring Security holds it. */
public final class KirokuUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String loginId;
    private final String name;
    private final Role role;
    private final @Nullable Long departmentId;
    private final @Nullable String locale;
    private final boolean active;
    private final @Nullable LocalDateTime lockedUntil;
    private final LocalDateTime now;
    private final boolean credentialsNonExpired;
    private final int sessionGeneration;
    private String passwordHash;

    KirokuUser(
            long id,
            String loginId,
            String name,
            Role role,
            @Nullable Long departmentId,
            @Nullable String locale,
            boolean active,
            @Nullable LocalDateTime lockedUntil,
            LocalDateTime now,
            boolean credentialsNonExpired,
            int sessionGeneration,
            String passwordHash) {
        this.id = id;
        this.loginId = loginId;
        this.name = name;
        this.role = role;
        this.departmentId = departmentId;
        this.locale = locale;
        this.active = active;
        this.lockedUntil = lockedUntil;
        this.now = now;
        this.credentialsNonExpired = credentialsNonExpired;
        this.sessionGeneration = sessionGeneration;
        this.passwordHash = passwordHash;
    }

    public long id() {
        return id;
    }

    public String loginId() {
        return loginId;
    }

    public String name() {
        return name;
    }

    /** The account's generation when it signed in; a session of an older one is ended ({@link SignedInSessions}). */
    int sessionGeneration() {
        return sessionGeneration;
    }

    public Role role() {
        return role;
    }

    public @Nullable Long departmentId() {
        return departmentId;
    }

    public @Nullable Locale preferredLocale() {
        return locale == null ? null : Locale.forLanguageTag(locale);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return loginId;
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || !lockedUntil.isAfter(now);
    }

    /** False for a temporary password an admin issued longer ago than it is valid. */
    @Override
    public boolean isCredentialsNonExpired() {
        return credentialsNonExpired;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    /** The hash is only needed while authenticating; the session keeps no copy of it. */
    @Override
    public void eraseCredentials() {
        passwordHash = "";
    }
}
