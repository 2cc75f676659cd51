package app.kiroku.home.ui;

import app.kiroku.dashboard.ui.DailyReportView;
import app.kiroku.negotiation.AgendaItem;
import app.kiroku.negotiation.NegotiationService;
import app.kiroku.schedule.ScheduleEntryService;
import app.kiroku.shared.ui.Formats;
import app.kiroku.user.KirokuUser;
import app.kiroku.user.Role;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * 今日の予定: what the signed-in user has today and in the coming week, read from the database, and a link to
 * today's 日報.
 */
@Route("")
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
@PermitAll
public class HomeView extends Div implements HasDynamicTitle {

    public HomeView(
            NegotiationService negotiations, ScheduleEntryService entries, AuthenticationContext auth, Clock clock) {
        addClassNames("kiroku-page", "kiroku-home");
        LocalDate today = LocalDate.now(clock);
        LocalDate last = today.plusDays(NegotiationService.AGENDA_DAYS_AHEAD);
        boolean partner = auth.hasRole(Role.PARTNER_NAME);

        List<AgendaItem> records = partner ? List.of() : negotiations.myAgenda();
        var plain = entries.myUpcoming(NegotiationService.AGENDA_DAYS_AHEAD);
        Map<LocalDate, List<AgendaRow>> days = AgendaRow.byDay(records, plain, today, last);

        add(header(today, last, records, partner));
        if (!partner) {
            add(reportLink(auth, today));
        }
        var list = new Div();
        list.addClassName("kiroku-agenda");
        list.setId("agenda");
        list.add(new AgendaDay(today, today, days.getOrDefault(today, List.of())));
        days.forEach((day, rows) -> {
            if (!day.equals(today)) {
                list.add(new AgendaDay(day, today, rows));
            }
        });
        if (days.isEmpty()) {
            var none = new Paragraph(getTranslation("home.week.empty"));
            none.addClassName("kiroku-muted");
            list.add(none);
        }
        add(list);
    }

    private Div header(LocalDate today, LocalDate last, List<AgendaItem> records, boolean partner) {
        var title = new H1(getTranslation("home.title"));
        var range = new Span(
                getTranslation("home.range", Formats.date(today, getLocale()), Formats.date(last, getLocale())));
        range.addClassName("kiroku-muted");
        var header = new Div(title, range);
        header.addClassName("kiroku-page-header");
        if (!partner) {
            long todayCount =
                    records.stream().filter(r -> r.date().equals(today)).count();
            long planned = records.stream().filter(r -> !r.done()).count();
            var stats = new Div(
                    stat(getTranslation("home.stat.today"), todayCount, "stat-today"),
                    stat(getTranslation("home.stat.week"), records.size(), "stat-week"),
                    stat(getTranslation("home.stat.planned"), planned, "stat-planned"));
            stats.addClassName("kiroku-stats");
            header.add(stats);
        } else {
            var note = new Paragraph(getTranslation("home.partner.note"));
            note.addClassName("kiroku-muted");
            header.add(note);
        }
        return header;
    }

    /** 今日の日報: the signed-in user's day, one click away. */
    private RouterLink reportLink(AuthenticationContext auth, LocalDate today) {
        long me = auth.getAuthenticatedUser(KirokuUser.class).orElseThrow().id();
        var link = new RouterLink(getTranslation("home.report"), DailyReportView.class);
        link.setQueryParameters(new QueryParameters(DailyReportView.query(me, today)));
        link.setId("home-report");
        link.addClassName("kiroku-link-button");
        return link;
    }

    private static Div stat(String label, long value, String id) {
        var number = new H2(String.valueOf(value));
        var caption = new Span(label);
        var stat = new Div(number, caption);
        stat.addClassName("kiroku-stat");
        stat.setId(id);
        return stat;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title") + " | Kiroku";
    }
}
