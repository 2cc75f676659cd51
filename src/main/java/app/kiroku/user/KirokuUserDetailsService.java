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
    private final Clock clock;

    KirokuUserDetailsService(UserAccountRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String loginId) {
        var row = users.findByLoginId(loginId.strip())
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return new KirokuUser(row.getId(), row.getLoginId(), row.getName(), Role.valueOf(row.getRole()),
                row.getDepartmentId(), row.getLocale(), row.getActive(), row.getLockedUntil(),
                LocalDateTime.now(clock), row.getPasswordHash());
    }
}
