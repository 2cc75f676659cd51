package app.kiroku;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Puts a real user (loaded as at login) into the security context of the calling thread. */
public final class SignIn {

    private SignIn() {}

    public static void as(UserDetailsService users, String loginId) {
        var user = users.loadUserByUsername(loginId);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }
}
