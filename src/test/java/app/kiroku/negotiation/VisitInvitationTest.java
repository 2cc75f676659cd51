package app.kiroku.negotiation;

import static app.kiroku.db.Tables.APP_USER;
import static app.kiroku.db.Tables.MAIL_OUTBOX;
import static app.kiroku.db.Tables.PROGRESS_FLAG;
import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.KirokuTest;
import app.kiroku.SignIn;
import app.kiroku.SignedInAs;
import app.kiroku.TestClock;
import app.kiroku.customer.CustomerService;
import app.kiroku.mail.TestSmtp;
import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import jakarta.mail.Message;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Visit invitations: what reaches the handler's calendar when someone else saves, moves or deletes their visit. */
@KirokuTest
@SignedInAs("staff1")
class VisitInvitationTest {

    static final LocalDate TOMORROW = TestClock.TODAY.plusDays(1);

    @Autowired
    NegotiationService negotiations;

    @Autowired
    CustomerService customers;

    @Autowired
    UserDetailsService users;

    @Autowired
    DSLContext dsl;

    @Autowired
    ApplicationContext context;

    @Autowired
    Clock clock;

    @Value("${kiroku.mail.from:kiroku@example.com}")
    String organizer;

    final TestSmtp smtp = new TestSmtp();
    VisitFixture fixture;

    @BeforeEach
    void signIn() {
        fixture = VisitFixture.create(dsl, customers, negotiations);
    }

    @AfterEach
    void cleanUp() {
        smtp.close();
        fixture.remove();
        dsl.update(APP_USER).set(APP_USER.VISIT_INVITATIONS, true).execute();
        SignIn.out();
    }

    @Test
    void aVisitPlannedForSomeoneElseReachesTheirMailboxAsACalendarRequest() throws Exception {
        long id = fixture.plan("staff2", TOMORROW, LocalTime.of(14, 0));

        assertThat(fixture.mailsTo("staff2"))
                .singleElement()
                .satisfies(
                        row -> assertThat(row.get(MAIL_OUTBOX.NEGOTIATION_ID)).isEqualTo(id));
        MimeMessage message = deliveredTo("staff2@kiroku.example.com");
        var type = new ContentType(TestSmtp.contentType(message, "text/calendar"));
        assertThat(type.getParameter("method")).isEqualTo("REQUEST");
        assertThat(type.getParameter("charset")).isEqualToIgnoringCase("UTF-8");
        assertThat(message.getSubject()).contains(VisitFixture.CUSTOMER_NAME).contains("14:00");
        ICalendar ical = calendarOf(message);
        assertThat(ical.getMethod().getValue()).isEqualTo("REQUEST");
        VEvent event = ical.getEvents().getFirst();
        assertThat(event.getUid().getValue()).isEqualTo("negotiation-" + id + "@kiroku");
        assertThat(event.getSequence().getValue()).isZero();
        assertThat(event.getDateStart().getValue().toInstant())
                .isEqualTo(TOMORROW.atTime(14, 0).atZone(TestClock.ZONE).toInstant());
        assertThat(ical.getTimezoneInfo()
                        .getTimezone(event.getDateStart())
                        .getComponent()
                        .getTimezoneId()
                        .getValue())
                .isEqualTo("Asia/Tokyo");
        assertThat(event.getDateEnd().getValue().toInstant())
                .isEqualTo(TOMORROW.atTime(15, 0).atZone(TestClock.ZONE).toInstant());
        assertThat(event.getSummary().getValue())
                .startsWith(VisitFixture.CUSTOMER_NAME)
                .contains(progressName());
        assertThat(event.getLocation().getValue()).isEqualTo(VisitFixture.ADDRESS);
        assertThat(event.getOrganizer().getEmail()).isEqualTo(organizer);
        assertThat(event.getAttendees())
                .singleElement()
                .satisfies(a -> assertThat(a.getEmail()).isEqualTo("staff2@kiroku.example.com"));
        assertThat(TestSmtp.body(message, "text/plain"))
                .contains(VisitFixture.ADDRESS)
                .contains("佐藤 健一");
    }

    @Test
    void aVisitWithoutATimeIsAnAllDayEvent() {
        fixture.plan("staff2", TOMORROW, null);

        VEvent event =
                calendarOf(deliveredTo("staff2@kiroku.example.com")).getEvents().getFirst();
        assertThat(event.getDateStart().getValue().hasTime()).isFalse();
        var start = event.getDateStart().getValue().getRawComponents();
        assertThat(LocalDate.of(start.getYear(), start.getMonth(), start.getDate()))
                .isEqualTo(TOMORROW);
    }

    @Test
    void movingTheVisitSendsANewerRequestAndDeletingItACancel() throws Exception {
        long id = fixture.plan("staff2", TOMORROW, LocalTime.of(14, 0));
        var stored = negotiations.detail(id).orElseThrow();
        negotiations.reschedule(id, stored.version(), TOMORROW, LocalTime.of(16, 30));
        negotiations.delete(id, negotiations.detail(id).orElseThrow().version());

        var mails = fixture.mailsTo("staff2");
        assertThat(mails)
                .extracting(r -> r.get(MAIL_OUTBOX.CALENDAR_METHOD))
                .containsExactly("REQUEST", "REQUEST", "CANCEL");
        List<ICalendar> calendars = mails.stream()
                .map(r -> Biweekly.parse(r.get(MAIL_OUTBOX.BODY_CALENDAR)).first())
                .toList();
        assertThat(calendars)
                .extracting(c -> c.getEvents().getFirst().getUid().getValue())
                .containsOnly("negotiation-" + id + "@kiroku");
        assertThat(calendars)
                .extracting(c -> c.getEvents().getFirst().getSequence().getValue())
                .containsExactly(0, 1, 2);
        assertThat(calendars
                        .get(1)
                        .getEvents()
                        .getFirst()
                        .getDateStart()
                        .getValue()
                        .toInstant())
                .isEqualTo(TOMORROW.atTime(16, 30).atZone(TestClock.ZONE).toInstant());
        assertThat(calendars.get(2).getMethod().getValue()).isEqualTo("CANCEL");

        deliverAll();
        List<MimeMessage> received = receivedBy("staff2@kiroku.example.com");
        assertThat(received).hasSize(3);
        assertThat(new ContentType(TestSmtp.contentType(received.getLast(), "text/calendar")).getParameter("method"))
                .isEqualTo("CANCEL");
        assertThat(calendarOf(received.getLast()).getMethod().getValue()).isEqualTo("CANCEL");
    }

    @Test
    void handingTheVisitToSomeoneElseCancelsItForTheFormerHandlerAndInvitesTheNewOne() {
        long id = fixture.plan("staff2", TOMORROW, LocalTime.of(9, 0));
        var draft = negotiations.detail(id).orElseThrow().toDraft();
        draft.setHandlerId(MailFixture.userId(dsl, "staff3"));
        negotiations.update(id, negotiations.detail(id).orElseThrow().version(), draft);

        assertThat(fixture.mailsTo("staff2"))
                .extracting(r -> r.get(MAIL_OUTBOX.CALENDAR_METHOD))
                .containsExactly("REQUEST", "CANCEL");
        assertThat(fixture.mailsTo("staff3"))
                .extracting(r -> r.get(MAIL_OUTBOX.CALENDAR_METHOD))
                .containsExactly("REQUEST");
    }

    @Test
    void anEditThatLeavesTheCalendarAsItWasSendsNothingNew() {
        long id = fixture.plan("staff2", TOMORROW, LocalTime.of(9, 0));
        var draft = negotiations.detail(id).orElseThrow().toDraft();
        draft.setRemarks("駐車場あり");
        negotiations.update(id, negotiations.detail(id).orElseThrow().version(), draft);

        assertThat(fixture.mailsTo("staff2")).hasSize(1);
    }

    @Test
    void savingYourOwnVisitSendsNothing() {
        long id = fixture.plan("staff1", TOMORROW, LocalTime.of(14, 0));
        negotiations.reschedule(id, negotiations.detail(id).orElseThrow().version(), TOMORROW, LocalTime.of(15, 0));
        negotiations.delete(id, negotiations.detail(id).orElseThrow().version());

        assertThat(fixture.mailsTo("staff1")).isEmpty();
    }

    @Test
    void aVisitSomeoneElsePutIntoTheCalendarFollowsTheHandlersOwnMoveAndDeletion() {
        long id = fixture.plan("staff2", TOMORROW, LocalTime.of(14, 0));
        SignIn.as(users, "staff2");
        negotiations.reschedule(id, negotiations.detail(id).orElseThrow().version(), TOMORROW, LocalTime.of(17, 0));
        negotiations.delete(id, negotiations.detail(id).orElseThrow().version());

        var mails = fixture.mailsTo("staff2");
        assertThat(mails)
                .extracting(r -> r.get(MAIL_OUTBOX.CALENDAR_METHOD))
                .containsExactly("REQUEST", "REQUEST", "CANCEL");
        assertThat(mails)
                .extracting(r -> Biweekly.parse(r.get(MAIL_OUTBOX.BODY_CALENDAR))
                        .first()
                        .getEvents()
                        .getFirst()
                        .getSequence()
                        .getValue())
                .containsExactly(0, 1, 2);
    }

    @Test
    void aHandlerWhoTurnedInvitationsOffGetsNothing() {
        dsl.update(APP_USER)
                .set(APP_USER.VISIT_INVITATIONS, false)
                .where(APP_USER.LOGIN_ID.eq("staff2"))
                .execute();

        long id = fixture.plan("staff2", TOMORROW, LocalTime.of(14, 0));
        negotiations.delete(id, negotiations.detail(id).orElseThrow().version());

        assertThat(fixture.mailsTo("staff2")).isEmpty();
    }

    private String progressName() {
        return dsl.select(PROGRESS_FLAG.NAME)
                .from(PROGRESS_FLAG)
                .where(PROGRESS_FLAG.ID.eq(3L))
                .fetchSingle()
                .value1();
    }

    private MimeMessage deliveredTo(String address) {
        deliverAll();
        return receivedBy(address).getFirst();
    }

    /** Whatever is due, in as many batches as it takes (other tests may have left mail queued). */
    private void deliverAll() {
        smtp.start();
        for (int batch = 0; batch < 20 && smtp.deliverDue(context, clock) > 0; batch++) {
            // next batch
        }
    }

    private List<MimeMessage> receivedBy(String address) {
        assertThat(smtp.awaitReceived(1, Duration.ofSeconds(10))).isTrue();
        return smtp.received().stream().filter(m -> sentTo(m, address)).toList();
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            var to = message.getRecipients(Message.RecipientType.TO);
            return to != null && to.length == 1 && to[0].toString().contains(address);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ICalendar calendarOf(MimeMessage message) {
        String text = TestSmtp.text(message, "text/calendar");
        assertThat(text).as("text/calendar part").isNotNull();
        return Biweekly.parse(text).first();
    }
}
