package app.kiroku.user;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The HTTP sessions each user is signed in with, so that a change to the account (deactivated, another role, a new
 * password) ends them at once: the user's next request finds no session and goes to the login page. A session is
 * known from the moment Spring Security stores a signed-in context in it until the container destroys it.
 *
 * <p>The registry lives in this node's memory: with several nodes each ends the sessions it holds, which is all
 * of them only when the change is made on the node the user is on.
 */
@Component
class SignedInSessions implements HttpSessionListener, HttpSessionAttributeListener {

    private static final Logger log = LoggerFactory.getLogger(SignedInSessions.class);
    private static final String CONTEXT = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

    private final Map<Long, Set<HttpSession>> byUser = new ConcurrentHashMap<>();

    @Override
    public void attributeAdded(HttpSessionBindingEvent event) {
        remember(event);
    }

    @Override
    public void attributeReplaced(HttpSessionBindingEvent event) {
        remember(event);
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        byUser.values().forEach(sessions -> sessions.remove(event.getSession()));
        byUser.values().removeIf(Set::isEmpty);
    }

    private void remember(HttpSessionBindingEvent event) {
        if (!CONTEXT.equals(event.getName())) {
            return;
        }
        Object stored = event.getSession().getAttribute(CONTEXT);
        if (stored instanceof SecurityContext context && context.getAuthentication() != null
                && context.getAuthentication().getPrincipal() instanceof KirokuUser user) {
            byUser.computeIfAbsent(user.id(), id -> ConcurrentHashMap.newKeySet()).add(event.getSession());
        }
    }

    /** Ends every session of the user, e.g. after an admin deactivated them or changed their role. */
    void endAll(long userId) {
        end(userId, null);
    }

    /** Ends the user's sessions except the one making this request, e.g. after they changed their own password. */
    void endOthers(long userId) {
        end(userId, currentSession());
    }

    int count(long userId) {
        return byUser.getOrDefault(userId, Set.of()).size();
    }

    /** After the change is committed, so that a rolled-back change signs nobody out. */
    private void end(long userId, @Nullable HttpSession keep) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    endNow(userId, keep);
                }
            });
        } else {
            endNow(userId, keep);
        }
    }

    private void endNow(long userId, @Nullable HttpSession keep) {
        List<HttpSession> sessions = List.copyOf(byUser.getOrDefault(userId, Set.of()));
        int ended = 0;
        for (HttpSession session : sessions) {
            if (session.equals(keep)) {
                continue;
            }
            byUser.getOrDefault(userId, Set.of()).remove(session);
            try {
                session.invalidate();
                ended++;
            } catch (IllegalStateException alreadyInvalid) {
                // ended meanwhile by its own logout or time-out
            }
        }
        if (ended > 0) {
            log.info("Ended {} session(s) of user {} after a change to the account", ended, userId);
        }
    }

    private static @Nullable HttpSession currentSession() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            return request.getRequest().getSession(false);
        }
        return null;
    }
}
