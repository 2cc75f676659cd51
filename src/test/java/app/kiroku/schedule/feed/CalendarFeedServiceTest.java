package app.kiroku.schedule.feed;

import static app.kiroku.db.Tables.APP_USER;
import static app.kiroku.db.Tables.CALENDAR_FEED_TOKEN;
import static app.kiroku.db.Tables.CUSTOMER;
import static app.kiroku.db.Tables.PROGRESS_FLAG;
import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.KirokuTest;
import app.kiroku.SignIn;
import app.kiroku.SignedInAs;
import app.kiroku.TestClock;
import app.kiroku.TestData;
import app.kiroku.customer.CustomerDraft;
import app.kiroku.customer.CustomerService;
import app.kiroku.negotiation.NegotiationService;
import app.kiroku.schedule.EntryDraft;
import app.kiroku.schedule.ScheduleEntryService;
import app.kiroku.shared.audit.AuditLog;
import app.kiroku.user.CurrentUser;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

@KirokuTest
@Transactional
@SignedInAs("staff2")
class CalendarFeedServiceTest {

    static final LocalDate TODAY = TestClock.TODAY;
    static final String CUSTOMER_NAME = "暦 配信テスト商会";

    @Autowired
    CalendarFeedService feeds;

    @Autowired
    NegotiationService negotiations;

    @Autowired
    CustomerService customers;

    @Autowired
    ScheduleEntryService entries;

    @Autowired
    UserDetailsService users;

    @Autowired
    DSLContext dsl;

    @Autowired
    CalendarFeedWriter writer;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    AuditLog audit;

    @Autowired
    Clock clock;

    long customerId;
    String progress;

    @BeforeEach
    void customerOfStaff1() {
        var customer = new CustomerDraft();
        customer.setName(CUSTOMER_NAME);
        customer.setKana("コヨミ\u3000ハイシンテストショウカイ");
        customer.setAddress("東京都千代田区丸の内1-1-1");
        customer.setAssigneeIds(Set.of(TestData.userId(dsl, "staff1")));
        customerId = customers.create(customer);
        progress = dsl.select(PROGRESS_FLAG.NAME)
                .from(PROGRESS_FLAG)
                .orderBy(PROGRESS_FLAG.ID)
                .limit(1)
                .fetchSingle(PROGRESS_FLAG.NAME);
    }

    private long record(String handler, LocalDate planned, LocalTime time, String report) {
        var draft = negotiations.newDraft(customerId);
        draft.setHandlerId(TestData.userId(dsl, handler));
        draft.setPlannedDate(planned);
        draft.setPlannedTime(time);
        draft.setProgressId(dsl.select(PROGRESS_FLAG.ID)
                .from(PROGRESS_FLAG)
                .where(PROGRESS_FLAG.NAME.eq(progress))
                .limit(1)
                .fetchSingle(PROGRESS_FLAG.ID));
        draft.setReport(report);
        return negotiations.create(draft);
    }

    private String issueAs(String login) {
        SignIn.as(users, login);
        String token = FeedFixture.token(feeds.issue());
        SignIn.out();
        return token;
    }

    private ICalendar feedOf(String token) {
        return FeedFixture.parse(feeds.feed(token).orElseThrow().body());
    }

    @Test
    void aStaffFeedHoldsTheVisitsTheyHandleAndThoseOfTheirCustomersWithTimesInTokyo() {
        long handled = record("staff1", TODAY.plusDays(3), LocalTime.of(10, 30), "初回訪問\n見積もりを依頼された\n三行目");
        long ofMyCustomer = record("staff3", TODAY.plusDays(4), null, "");
        String token = issueAs("staff1");

        ICalendar calendar = feedOf(token);
        VEvent timed = FeedFixture.event(calendar, "negotiation-" + handled + "@kiroku")
                .orElseThrow();
        assertThat(timed.getSummary().getValue()).isEqualTo(CUSTOMER_NAME + "（" + progress + "）");
        assertThat(timed.getDateStart().getValue().hasTime()).isTrue();
        assertThat(timed.getDateStart().getValue().toInstant())
                .isEqualTo(ZonedDateTime.of(TODAY.plusDays(3), LocalTime.of(10, 30), TestClock.ZONE)
                        .toInstant());
        assertThat(timed.getDateEnd().getValue().toInstant())
                .isEqualTo(ZonedDateTime.of(TODAY.plusDays(3), LocalTime.of(11, 30), TestClock.ZONE)
                        .toInstant());
        assertThat(timed.getLocation().getValue()).isEqualTo("東京都千代田区丸の内1-1-1");
        assertThat(timed.getDescription().getValue())
                .startsWith("初回訪問\n見積もりを依頼された")
                .endsWith("/negotiations/" + handled);
        assertThat(timed.getSequence().getValue()).isZero();
        assertThat(timed.getDateTimeStamp()).isNotNull();
        assertThat(timed.getLastModified()).isNotNull();

        VEvent allDay = FeedFixture.event(calendar, "negotiation-" + ofMyCustomer + "@kiroku")
                .orElseThrow();
        assertThat(allDay.getDateStart().getValue().hasTime()).isFalse();
        assertThat(allDay.getDateStart().getValue().getRawComponents().toString(false, false))
                .isEqualTo(TODAY.plusDays(4).toString().replace("-", ""));
        assertThat(allDay.getDateEnd().getValue().getRawComponents().toString(false, false))
                .isEqualTo(TODAY.plusDays(5).toString().replace("-", ""));

        String text = new String(feeds.feed(token).orElseThrow().body(), StandardCharsets.UTF_8);
        assertThat(text).contains("BEGIN:VTIMEZONE", "TZID:Asia/Tokyo", "DTSTART;TZID=Asia/Tokyo:");
        assertThat(calendar.getEvents()).hasSizeLessThanOrEqualTo(CalendarFeedService.MAX_EVENTS);
    }

    @Test
    void anEditKeepsTheUidAndRaisesTheSequenceAndADeletedRecordLeavesTheFeed() {
        long id = record("staff1", TODAY.plusDays(5), LocalTime.of(14, 0), "打ち合わせ");
        String token = issueAs("staff1");
        String uid = "negotiation-" + id + "@kiroku";
        assertThat(FeedFixture.event(feedOf(token), uid)
                        .orElseThrow()
                        .getSequence()
                        .getValue())
                .isZero();

        SignIn.as(users, "staff1");
        negotiations.reschedule(id, 0, TODAY.plusDays(6), LocalTime.of(15, 0));
        VEvent moved = FeedFixture.event(feedOf(token), uid).orElseThrow();
        assertThat(moved.getSequence().getValue()).isEqualTo(1);
        assertThat(moved.getDateStart().getValue().toInstant())
                .isEqualTo(ZonedDateTime.of(TODAY.plusDays(6), LocalTime.of(15, 0), TestClock.ZONE)
                        .toInstant());

        SignIn.as(users, "staff1");
        negotiations.delete(id, 1);
        assertThat(FeedFixture.event(feedOf(token), uid)).isEmpty();
    }

    @Test
    void aPartnersFeedHoldsOnlyTheirOwnEntriesAndNoCustomerName() {
        record("staff1", TODAY.plusDays(2), LocalTime.of(9, 0), "");
        SignIn.as(users, "partner1");
        var entry = new EntryDraft();
        entry.setTitle("配管工事 立ち会い");
        entry.setStartsAt(TODAY.plusDays(2).atTime(13, 0));
        long entryId = entries.create(entry);
        String token = issueAs("partner1");

        byte[] body = feeds.feed(token).orElseThrow().body();
        ICalendar calendar = FeedFixture.parse(body);
        assertThat(calendar.getEvents())
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.getUid().getValue()).startsWith("entry-"));
        assertThat(FeedFixture.event(calendar, "entry-" + entryId + "@kiroku")).isPresent();
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain(CUSTOMER_NAME).doesNotContain("/negotiations/");
        for (String name : dsl.select(CUSTOMER.NAME)
                .from(CUSTOMER)
                .where(CUSTOMER.NAME.length().ge(5))
                .limit(2_000)
                .fetch(CUSTOMER.NAME)) {
            assertThat(text).doesNotContain(name);
        }
    }

    @Test
    void onlyTheHashIsKeptAndReissuedOrRevokedOrUnknownTokensOpenNothing() {
        String first = issueAs("staff1");
        byte[] stored = dsl.select(CALENDAR_FEED_TOKEN.TOKEN_HASH)
                .from(CALENDAR_FEED_TOKEN)
                .where(CALENDAR_FEED_TOKEN.USER_ID.eq(TestData.userId(dsl, "staff1")))
                .fetchSingle(CALENDAR_FEED_TOKEN.TOKEN_HASH);
        assertThat(HexFormat.of().formatHex(stored)).isEqualTo(HexFormat.of().formatHex(FeedTokens.hash(first)));
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(first);
        assertThat(first).matches("[A-Za-z0-9_-]{43}");
        assertThat(feeds.feed(first)).isPresent();

        String second = issueAs("staff1");
        assertThat(second).isNotEqualTo(first);
        assertThat(feeds.feed(first)).isEmpty();
        assertThat(feeds.feed(second)).isPresent();

        SignIn.as(users, "staff1");
        assertThat(feeds.issuedAt()).isPresent();
        feeds.revoke();
        assertThat(feeds.issuedAt()).isEmpty();
        SignIn.out();
        assertThat(feeds.feed(second)).isEmpty();
        assertThat(feeds.feed("not-a-token")).isEmpty();
        assertThat(feeds.feed("")).isEmpty();
    }

    @Test
    void eventsBeforeNinetyDaysBackOrBeyondAYearAheadAreLeftOut() {
        long tooOld = record("staff1", TODAY.minusDays(91), null, "");
        long oldest = record("staff1", TODAY.minusDays(90), null, "");
        long furthest = record("staff1", TODAY.plusDays(365), LocalTime.of(9, 0), "");
        long tooFar = record("staff1", TODAY.plusDays(366), LocalTime.of(9, 0), "");
        SignIn.as(users, "staff1");
        long entryTooOld = entry("古すぎる予定", TODAY.minusDays(91).atTime(10, 0), false);
        long entryOldest = entry("最も古い予定", TODAY.minusDays(90).atTime(10, 0), false);
        long entryFurthest = entry("最も先の予定", TODAY.plusDays(365).atStartOfDay(), true);
        long entryTooFar = entry("先すぎる予定", TODAY.plusDays(366).atStartOfDay(), true);
        String token = issueAs("staff1");

        ICalendar calendar = feedOf(token);
        assertThat(FeedFixture.event(calendar, "negotiation-" + oldest + "@kiroku"))
                .isPresent();
        assertThat(FeedFixture.event(calendar, "negotiation-" + furthest + "@kiroku"))
                .isPresent();
        assertThat(FeedFixture.event(calendar, "entry-" + entryOldest + "@kiroku"))
                .isPresent();
        assertThat(FeedFixture.event(calendar, "entry-" + entryFurthest + "@kiroku"))
                .isPresent();
        assertThat(FeedFixture.event(calendar, "negotiation-" + tooOld + "@kiroku"))
                .isEmpty();
        assertThat(FeedFixture.event(calendar, "negotiation-" + tooFar + "@kiroku"))
                .isEmpty();
        assertThat(FeedFixture.event(calendar, "entry-" + entryTooOld + "@kiroku"))
                .isEmpty();
        assertThat(FeedFixture.event(calendar, "entry-" + entryTooFar + "@kiroku"))
                .isEmpty();
    }

    @Test
    void aStaffUsersOwnTimedAndAllDayEntriesAreInTheirFeed() {
        SignIn.as(users, "staff1");
        var meeting = new EntryDraft();
        meeting.setTitle("営業会議");
        meeting.setStartsAt(TODAY.plusDays(1).atTime(13, 0));
        meeting.setEndsAt(TODAY.plusDays(1).atTime(14, 30));
        meeting.setPlace("本社 3階会議室");
        long timedId = entries.create(meeting);
        var fair = new EntryDraft();
        fair.setTitle("住宅展示会");
        fair.setAllDay(true);
        fair.setStartsAt(TODAY.plusDays(2).atStartOfDay());
        fair.setEndsAt(TODAY.plusDays(3).atStartOfDay());
        long allDayId = entries.create(fair);
        String token = issueAs("staff1");

        ICalendar calendar = feedOf(token);
        VEvent timed =
                FeedFixture.event(calendar, "entry-" + timedId + "@kiroku").orElseThrow();
        assertThat(timed.getSummary().getValue()).isEqualTo("営業会議");
        assertThat(timed.getLocation().getValue()).isEqualTo("本社 3階会議室");
        assertThat(timed.getDateStart().getValue().toInstant())
                .isEqualTo(ZonedDateTime.of(TODAY.plusDays(1), LocalTime.of(13, 0), TestClock.ZONE)
                        .toInstant());
        assertThat(timed.getDateEnd().getValue().toInstant())
                .isEqualTo(ZonedDateTime.of(TODAY.plusDays(1), LocalTime.of(14, 30), TestClock.ZONE)
                        .toInstant());
        assertThat(timed.getUrl()).isNull();

        VEvent allDay =
                FeedFixture.event(calendar, "entry-" + allDayId + "@kiroku").orElseThrow();
        assertThat(allDay.getSummary().getValue()).isEqualTo("住宅展示会");
        assertThat(allDay.getDateStart().getValue().hasTime()).isFalse();
        assertThat(allDay.getDateStart().getValue().getRawComponents().toString(false, false))
                .isEqualTo(TODAY.plusDays(2).toString().replace("-", ""));
        assertThat(allDay.getDateEnd().getValue().getRawComponents().toString(false, false))
                .isEqualTo(TODAY.plusDays(4).toString().replace("-", ""));
    }

    @Test
    void everyTokenThatOpensNothingEndsInTheSameOneLookupByItsHash() {
        record Statement(String sql, List<byte[]> hashes) {}
        List<Statement> statements = new ArrayList<>();
        ExecuteListener recorder = new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                List<byte[]> hashes = ctx.query() == null
                        ? List.of()
                        : ctx.query().getBindValues().stream()
                                .filter(byte[].class::isInstance)
                                .map(byte[].class::cast)
                                .toList();
                statements.add(new Statement(ctx.sql(), hashes));
            }
        };
        var recorded = new CalendarFeedService(
                new CalendarFeedRepository(
                        dsl.configuration().deriveAppending(recorder).dsl()),
                writer,
                currentUser,
                audit,
                clock);
        String valid = issueAs("staff3");
        assertThat(recorded.feed(valid)).isPresent();
        String lookup = statements.getFirst().sql();
        String revoked = issueAs("staff1");
        SignIn.as(users, "staff1");
        feeds.revoke();
        SignIn.out();
        String deactivated = issueAs("staff2");
        dsl.update(APP_USER)
                .set(APP_USER.ACTIVE, false)
                .where(APP_USER.LOGIN_ID.eq("staff2"))
                .execute();

        for (String token : List.of(
                FeedTokens.newToken(), revoked, deactivated, "", "not-a-token", "x".repeat(4_000), "トークン/../feed")) {
            statements.clear();
            assertThat(recorded.feed(token)).as(token).isEmpty();
            assertThat(statements).as(token).singleElement().satisfies(statement -> {
                assertThat(statement.sql()).isEqualTo(lookup);
                assertThat(statement.hashes()).singleElement().isEqualTo(FeedTokens.hash(token));
            });
        }
    }

    private long entry(String title, LocalDateTime start, boolean allDay) {
        var draft = new EntryDraft();
        draft.setTitle(title);
        draft.setStartsAt(start);
        draft.setAllDay(allDay);
        return entries.create(draft);
    }
}
