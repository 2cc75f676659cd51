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
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The HTTP sessions each user is signed in with, so that a change to the account (deactivated, another role, a new
 * password) ends them: the user's next request finds no session and goes to the login page. A session is known from
 * the moment Spring Security stores a signed-in context in it until the container destroys it.
 *
 * <p>Sessions live in the memory of the node the user is on, so the change itself is kept in the database: it counts
 * the account's {@link SessionGenerations generation} up. The node that made the change ends its sessions of that
 * user at once; every node compares the sessions it holds with the database every
 * {@code kiroku.sessions.check-interval} (5 s) and ends those signed in with an older generation.
 */
@Component
class SignedInSessions implements HttpSessionListener, HttpSessionAttributeListener {

    private static final Logger log = LoggerFactory.getLogger(SignedInSessions.class);
    private static final String CONTEXT = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;
    /** The session attribute with the generation the session is valid for. */
    static final String GENERATION = SignedInSessions.class.getName() + ".generation";

    private final Map<Long, Set<HttpSession>> byUser = new ConcurrentHashMap<>();
    private final SessionGenerations generations;

    SignedInSessions(SessionGenerations generations) {
        this.generations = generations;
    }

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
        if (stored instanceof SecurityContext context
                && context.getAuthentication() != null
                && context.getAuthentication().getPrincipal() instanceof KirokuUser user) {
            HttpSession session = event.getSession();
            if (session.getAttribute(GENERATION) == null) {
                session.setAttribute(GENERATION, user.sessionGeneration());
            }
            byUser.computeIfAbsent(user.id(), id -> ConcurrentHashMap.newKeySet())
                    .add(session);
        }
    }

    /**
     * Ends every session of the user on every node, e.g. after an admin deactivated them or changed their role; call
     * it in the transaction that makes the change.
     */
    void endAll(long userId) {
        generations.next(userId);
        end(userId, null);
    }

    /** Ends the user's sessions except the one making this request, e.g. after they changed their own password. */
    void endOthers(long userId) {
        int generation = generations.next(userId);
        HttpSession mine = currentSession();
        if (mine != null) {
            keepValid(mine, generation);
        }
        end(userId, mine);
    }

    /**
     * The session making the change stays valid for the new generation from now on, before the commit, so that no
     * node's check in between ends it; a rollback gives it back the generation it had.
     */
    private static void keepValid(HttpSession session, int generation) {
        Object before = session.getAttribute(GENERATION);
        session.setAttribute(GENERATION, generation);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        session.setAttribute(GENERATION, before);
                    }
                }
            });
        }
    }

    /** On every node: ends the sessions it holds whose account has moved on to a newer generation (or is gone). */
    @Scheduled(
            initialDelayString = "${kiroku.sessions.check-interval:5s}",
            fixedDelayString = "${kiroku.sessions.check-interval:5s}")
    void endOutdated() {
        if (byUser.isEmpty()) {
            return;
        }
        try {
            Map<Long, Integer> current = generations.current(Set.copyOf(byUser.keySet()));
            byUser.forEach((userId, sessions) -> {
                Integer generation = current.get(userId);
                for (HttpSession session : List.copyOf(sessions)) {
                    if (generation == null || generationOf(session) < generation) {
                        sessions.remove(session);
                        invalidate(session);
                        log.info("Ended a session of user {} after a change to the account on another node", userId);
                    }
                }
            });
            byUser.values().removeIf(Set::isEmpty);
        } catch (RuntimeException e) {
            // e.g. the database is unreachable: the next check catches up
            log.warn("Session check failed; retrying at the next one: {}", e.getMessage());
        }
    }

    private static int generationOf(HttpSession session) {
        try {
            return session.getAttribute(GENERATION) instanceof Integer generation ? generation : Integer.MAX_VALUE;
        } catch (IllegalStateException invalidated) {
            return Integer.MAX_VALUE;
        }
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
            if (invalidate(session)) {
                ended++;
            }
        }
        if (ended > 0) {
            log.info("Ended {} session(s) of user {} after a change to the account", ended, userId);
        }
    }

    private static boolean invalidate(HttpSession session) {
        try {
            session.invalidate();
            return true;
        } catch (IllegalStateException alreadyInvalid) {
            // ended meanwhile by its own logout or time-out
            return false;
        }
    }

    private static @Nullable HttpSession currentSession() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            return request.getRequest().getSession(false);
        }
        return null;
    }
}
