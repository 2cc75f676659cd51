package app.kiroku.user;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is calling: services use it for "me" and for checks that depend on the record, not only the role. */
@Component
public class CurrentUser {

    public Optional<KirokuUser> find() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof KirokuUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public KirokuUser require() {
        return find().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }
}
