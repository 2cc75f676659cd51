package app.kiroku.schedule.feed;

import static app.kiroku.db.Tables.APP_USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.kiroku.KirokuTest;
import app.kiroku.SignIn;
import app.kiroku.user.ui.AccountSection;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

/** The feed over HTTP, through the application's filter chains, without a session. */
@KirokuTest
@Transactional
class CalendarFeedControllerTest {

    /** Each test reads from its own client address, so the per-address limit of one does not touch another. */
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    @Autowired
    WebApplicationContext context;

    @Autowired
    CalendarFeedService feeds;

    @Autowired
    FeedRateLimit rateLimit;

    @Autowired
    UserDetailsService users;

    @Autowired
    DSLContext dsl;

    MockMvc mvc;
    String client;
    String token;

    @BeforeEach
    void feedOfStaff1() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        client = "192.0.2." + CLIENTS.incrementAndGet();
        SignIn.as(users, "staff1");
        token = FeedFixture.token(feeds.issue());
        SignIn.out();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private MockHttpServletRequestBuilder feed(String file) {
        return get("/calendar/feed/" + file).with(request -> {
            request.setRemoteAddr(client);
            return request;
        });
    }

    private MvcResult read(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn();
    }

    @Test
    void theFeedIsServedAsTextCalendarWithoutASessionAndPrivately() throws Exception {
        MvcResult result = read(feed(token + ".ics"));
        MockHttpServletResponse response = result.getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("text/calendar;charset=UTF-8");
        assertThat(response.getHeader("Cache-Control")).contains("private");
        assertThat(response.getHeader("ETag")).startsWith("\"");
        assertThat(result.getRequest().getSession(false)).isNull();
        assertThat(response.getCookie("JSESSIONID")).isNull();
        assertThat(FeedFixture.parse(response.getContentAsByteArray()).getEvents())
                .isNotEmpty();
    }

    @Test
    void anUnchangedFeedAnswers304ToItsEntityTag() throws Exception {
        String etag = read(feed(token + ".ics")).getResponse().getHeader("ETag");
        MockHttpServletResponse again =
                read(feed(token + ".ics").header("If-None-Match", etag)).getResponse();
        assertThat(again.getStatus()).isEqualTo(304);
        assertThat(again.getContentAsByteArray()).isEmpty();
        assertThat(read(feed(token + ".ics").header("If-None-Match", "\"other\""))
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void unknownRevokedAndMalformedTokensGet404() throws Exception {
        assertThat(read(feed("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(read(feed(token)).getResponse().getStatus()).isEqualTo(404);
        SignIn.as(users, "staff1");
        feeds.revoke();
        SignIn.out();
        assertThat(read(feed(token + ".ics")).getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void theTokenOfADeactivatedUserGets404UntilTheUserIsActiveAgain() throws Exception {
        dsl.update(APP_USER)
                .set(APP_USER.ACTIVE, false)
                .where(APP_USER.LOGIN_ID.eq("staff1"))
                .execute();
        assertThat(read(feed(token + ".ics")).getResponse().getStatus()).isEqualTo(404);

        dsl.update(APP_USER)
                .set(APP_USER.ACTIVE, true)
                .where(APP_USER.LOGIN_ID.eq("staff1"))
                .execute();
        assertThat(read(feed(token + ".ics")).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void oneAddressReadingTooOftenGets429() throws Exception {
        for (int i = 0; i < rateLimit.perMinute(); i++) {
            assertThat(read(feed("unknown-" + i + ".ics")).getResponse().getStatus())
                    .isEqualTo(404);
        }
        MockHttpServletResponse refused = read(feed(token + ".ics")).getResponse();
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("60");
        client = "192.0.2.250";
        assertThat(read(feed(token + ".ics")).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void theAccountScreenGetsTheFeedPanelThroughItsSlot() {
        assertThat(context.getBeansOfType(AccountSection.class)).hasSize(1);
    }
}
