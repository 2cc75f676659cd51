package app.kiroku.user;

import static app.kiroku.db.Tables.APP_USER;
import static app.kiroku.db.Tables.AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.KirokuTest;
import app.kiroku.SignIn;
import app.kiroku.SignedInAs;
import jakarta.servlet.http.HttpSessionBindingEvent;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** A change to an account ends the sessions it is signed in with, once the change is committed. */
@KirokuTest
@SignedInAs("admin")
class SignedInSessionsTest {

    private static final String LOGIN_ID = "sessions-test";
    private static final String PASSWORD = "Yuugure-no-michi-42";

    @Autowired
    UserAdminService admin;

    @Autowired
    AccountService accounts;

    @Autowired
    KirokuUserDetailsService users;

    @Autowired
    SignedInSessions sessions;

    @Autowired
    SessionGenerations generations;

    @Autowired
    DSLContext dsl;

    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder encoder;

    long userId;

    @BeforeEach
    void aUserOfTheirOwn() {
        var draft = new UserDraft();
        draft.setLoginId(LOGIN_ID);
        draft.setName("セッション 確認");
        draft.setKana("セッション カクニン");
        draft.setRole(Role.STAFF);
        draft.setActive(true);
        userId = admin.create(draft).id();
        dsl.update(APP_USER)
                .set(APP_USER.PASSWORD_HASH, encoder.encode(PASSWORD))
                .set(APP_USER.MUST_CHANGE_PASSWORD, false)
                .where(APP_USER.ID.eq(userId))
                .execute();
    }

    @AfterEach
    void removeIt() {
        RequestContextHolder.resetRequestAttributes();
        SignIn.out();
        dsl.deleteFrom(AUDIT_LOG)
                .where(AUDIT_LOG.ENTITY_TYPE.eq("user").and(AUDIT_LOG.ENTITY_ID.eq(userId)))
                .execute();
        dsl.deleteFrom(AUDIT_LOG).where(AUDIT_LOG.USER_ID.eq(userId)).execute();
        dsl.deleteFrom(APP_USER).where(APP_USER.ID.eq(userId)).execute();
    }

    @Test
    void deactivatingARoleChangeAndAPasswordResetEachEndTheUsersSessions() {
        var first = signedInSession();
        var second = signedInSession();
        assertThat(sessions.count(userId)).isEqualTo(2);

        var item = admin.search(LOGIN_ID, 0, 1).getFirst();
        var demoted = item.toDraft();
        demoted.setRole(Role.PARTNER);
        admin.update(userId, item.version(), demoted);
        assertThat(first.isInvalid()).isTrue();
        assertThat(second.isInvalid()).isTrue();
        assertThat(sessions.count(userId)).isZero();

        var third = signedInSession();
        admin.resetPassword(userId);
        assertThat(third.isInvalid()).isTrue();

        var fourth = signedInSession();
        item = admin.search(LOGIN_ID, 0, 1).getFirst();
        var deactivated = item.toDraft();
        deactivated.setActive(false);
        admin.update(userId, item.version(), deactivated);
        assertThat(fourth.isInvalid()).isTrue();
    }

    @Test
    void aChangeThatDoesNotTouchWhatTheSessionHoldsKeepsIt() {
        var session = signedInSession();
        var item = admin.search(LOGIN_ID, 0, 1).getFirst();
        var renamed = item.toDraft();
        renamed.setEmail("sessions-test@kiroku.example.com");
        admin.update(userId, item.version(), renamed);
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void changingMyOwnPasswordEndsMyOtherSessionsButNotThisOne() {
        var other = signedInSession();
        var mine = makingThisRequest(signedInSession());

        accounts.changePassword(PASSWORD, "Asahi-no-noboru-oka-7");

        assertThat(other.isInvalid()).isTrue();
        assertThat(mine.isInvalid()).isFalse();
    }

    @Test
    void aChangeMadeOnAnotherNodeEndsTheSessionsThisNodeHoldsAtItsNextCheck() {
        var otherNode = new SignedInSessions(generations);
        var onOtherNode = signedInSession(otherNode);
        var keptByItsOwner = signedInSession(otherNode);
        otherNode.endOutdated();
        assertThat(onOtherNode.isInvalid()).as("nothing changed yet").isFalse();

        var item = admin.search(LOGIN_ID, 0, 1).getFirst();
        var demoted = item.toDraft();
        demoted.setRole(Role.PARTNER);
        admin.update(userId, item.version(), demoted);
        assertThat(onOtherNode.isInvalid()).as("that node has not checked yet").isFalse();

        otherNode.endOutdated();
        assertThat(onOtherNode.isInvalid()).isTrue();
        assertThat(keptByItsOwner.isInvalid()).isTrue();
        assertThat(otherNode.count(userId)).isZero();
    }

    @Test
    void myOwnPasswordChangeEndsMySessionsOnOtherNodesButNotThisOne() {
        var otherNode = new SignedInSessions(generations);
        var there = signedInSession(otherNode);
        var mine = makingThisRequest(signedInSession());

        accounts.changePassword(PASSWORD, "Asahi-no-noboru-oka-7");
        otherNode.endOutdated();
        sessions.endOutdated();

        assertThat(there.isInvalid()).isTrue();
        assertThat(mine.isInvalid()).isFalse();
    }

    /** The user's request in progress comes with this session, as when they change their own password. */
    private MockHttpSession makingThisRequest(MockHttpSession session) {
        var request = new MockHttpServletRequest();
        request.setSession(session);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        SignIn.as(users, LOGIN_ID);
        return session;
    }

    /** A session as Spring Security leaves it after a login: the signed-in context stored as an attribute. */
    private MockHttpSession signedInSession() {
        return signedInSession(sessions);
    }

    private MockHttpSession signedInSession(SignedInSessions node) {
        var user = users.loadUserByUsername(LOGIN_ID);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        var session = new MockHttpSession();
        String key = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;
        session.setAttribute(key, context);
        node.attributeAdded(new HttpSessionBindingEvent(session, key, context));
        return session;
    }
}
