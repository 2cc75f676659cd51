package app.kiroku.user;

import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class KirokuUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;
    private final TemporaryPasswordValidity temporaryPasswords;
    private final Clock clock;

    KirokuUserDetailsService(UserAccountRepository users, TemporaryPasswordValidity temporaryPasswords, Clock clock) {
        this.users = users;
        this.temporaryPasswords = temporaryPasswords;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String loginId) {
        var row = users.findByLoginId(loginId.strip()).orElseThrow(() -> new UsernameNotFoundException("No such user"));
        LocalDateTime now = LocalDateTime.now(clock);
        // an expired temporary password is refused after the password check, like a wrong one to the user
        boolean temporaryExpired =
                row.getMustChangePassword() && temporaryPasswords.expired(row.getTemporaryPasswordIssuedAt(), now);
        return new KirokuUser(
                row.getId(),
                row.getLoginId(),
                row.getName(),
                Role.valueOf(row.getRole()),
                row.getDepartmentId(),
                row.getLocale(),
                row.getActive(),
                row.getLockedUntil(),
                now,
                !temporaryExpired,
                row.getSessionGeneration(),
                row.getPasswordHash());
    }
}
