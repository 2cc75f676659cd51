package app.kiroku.dashboard.ui;

import app.kiroku.dashboard.BandCount;
import app.kiroku.dashboard.DashboardScope;
import app.kiroku.dashboard.PersonCount;
import app.kiroku.dashboard.PersonCounts;
import app.kiroku.dashboard.ProgressCount;
import app.kiroku.dashboard.WeeklyVisits;
import app.kiroku.master.ContactBand;
import app.kiroku.shared.chart.ChartData;
import app.kiroku.shared.ui.Formats;
import com.vaadin.flow.component.UI;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Builds the dashboard's panels from the service's numbers, each bar and table cell linked to its list. */
final class DashboardPanels {

    /** The colours of 最終接触から, as in 顧客検索 (kiroku-contact.css). */
    static final Map<ContactBand, String> BAND_COLORS = Map.of(
            ContactBand.RECENT,
            "#1f6fd1",
            ContactBand.AGING,
            "#e0a100",
            ContactBand.STALE,
            "#d1342f",
            ContactBand.NEVER,
            "#9e9e9e");

    private static final String NO_PROGRESS_COLOR = "#bdbdbd";
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("M/d");

    private final UI ui;
    private final DashboardScope scope;

    DashboardPanels(UI ui, DashboardScope scope) {
        this.ui = ui;
        this.scope = scope;
    }

    DashboardPanel progress(List<ProgressCount> counts) {
        List<String> names = counts.stream()
                .map(c -> c.name() == null ? t("dashboard.progress.none") : c.name())
                .toList();
        List<@Nullable String> colors = counts.stream()
                .map(c -> c.color() == null ? NO_PROGRESS_COLOR : c.color())
                .collect(java.util.stream.Collectors.toList());
        var data = new ChartData(
                ChartData.Layout.VERTICAL,
                names,
                List.of(new ChartData.Series(
                        t("dashboard.customers"),
                        null,
                        counts.stream().map(ProgressCount::count).toList(),
                        colors)));
        List<NumberTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            rows.add(new NumberTable.Row(
                    names.get(i), List.of(new NumberTable.Cell(counts.get(i).count(), progressLink(counts.get(i))))));
        }
        String title = t("dashboard.progress.title");
        return new DashboardPanel(
                "panel-progress",
                title,
                data,
                (s, c) -> progressLink(counts.get(c)),
                new NumberTable(title, t("customer.currentProgress"), List.of(t("dashboard.customers")), rows),
                DashboardLinks.of(DashboardLinks.customers(scope)));
    }

    DashboardPanel contact(List<BandCount> bands) {
        List<String> names = bands.stream().map(this::bandName).toList();
        // the days on a line of their own under the band's name: four long labels fit side by side
        List<String> labels =
                names.stream().map(name -> name.replace(" (", "\n(")).toList();
        List<@Nullable String> colors = bands.stream()
                .map(b -> (@Nullable String) BAND_COLORS.get(b.band()))
                .collect(java.util.stream.Collectors.toList());
        var data = new ChartData(
                ChartData.Layout.VERTICAL,
                labels,
                List.of(new ChartData.Series(
                        t("dashboard.customers"),
                        null,
                        bands.stream().map(BandCount::count).toList(),
                        colors)));
        List<NumberTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            rows.add(new NumberTable.Row(
                    names.get(i), List.of(new NumberTable.Cell(bands.get(i).count(), contactLink(bands.get(i))))));
        }
        String title = t("dashboard.contact.title");
        var stale = bands.stream()
                .filter(b -> b.band() == ContactBand.STALE)
                .findFirst()
                .orElseThrow();
        return new DashboardPanel(
                "panel-contact",
                title,
                data,
                (s, c) -> contactLink(bands.get(c)),
                new NumberTable(title, t("customer.filter.sinceContact"), List.of(t("dashboard.customers")), rows),
                contactLink(stale));
    }

    DashboardPanel visits(WeeklyVisits visits) {
        List<String> weeks = visits.weeks().stream().map(WEEK::format).toList();
        List<ChartData.Series> series = visits.people().stream()
                .map(p -> ChartData.Series.of(p.name(), p.counts()))
                .toList();
        var data = new ChartData(ChartData.Layout.STACKED, weeks, series);
        List<NumberTable.Row> rows = new ArrayList<>();
        for (WeeklyVisits.Person person : visits.people()) {
            List<NumberTable.Cell> cells = new ArrayList<>();
            for (int w = 0; w < visits.weeks().size(); w++) {
                cells.add(new NumberTable.Cell(
                        person.counts().get(w),
                        DashboardLinks.of(DashboardLinks.visits(
                                person.userId(), visits.weeks().get(w)))));
            }
            rows.add(new NumberTable.Row(person.name(), cells));
        }
        String title = t("dashboard.visits.title");
        List<String> columns = visits.weeks().stream()
                .map(w -> t("dashboard.visits.week", WEEK.format(w)))
                .toList();
        return new DashboardPanel(
                "panel-visits",
                title,
                data,
                (s, c) -> DashboardLinks.of(DashboardLinks.visits(
                        visits.people().get(s).userId(), visits.weeks().get(c))),
                new NumberTable(title, t("negotiation.handler"), columns, rows),
                null);
    }

    DashboardPanel planned(PersonCounts counts) {
        return people(
                "panel-planned",
                t(
                        "dashboard.planned.title",
                        Formats.date(counts.from(), ui.getLocale()),
                        Formats.date(counts.to(), ui.getLocale())),
                counts,
                "#1f6fd1");
    }

    DashboardPanel overdue(PersonCounts counts) {
        return people("panel-overdue", t("dashboard.overdue.title"), counts, "#d1342f");
    }

    private DashboardPanel people(String id, String title, PersonCounts counts, String color) {
        List<PersonCount> people = counts.people();
        var data = new ChartData(
                ChartData.Layout.HORIZONTAL,
                people.stream().map(PersonCount::name).toList(),
                List.of(new ChartData.Series(
                        t("dashboard.records"),
                        color,
                        people.stream().map(PersonCount::count).toList(),
                        List.of())));
        List<NumberTable.Row> rows = people.stream()
                .map(p -> new NumberTable.Row(
                        p.name(),
                        List.of(new NumberTable.Cell(
                                p.count(), DashboardLinks.of(DashboardLinks.openPlans(p.userId(), counts))))))
                .toList();
        return new DashboardPanel(
                id,
                title,
                data,
                (s, c) ->
                        DashboardLinks.of(DashboardLinks.openPlans(people.get(c).userId(), counts)),
                new NumberTable(title, t("negotiation.handler"), List.of(t("dashboard.records")), rows),
                null);
    }

    private DashboardLinks.@Nullable Link progressLink(ProgressCount count) {
        return count.progressId() == null
                ? null
                : DashboardLinks.of(DashboardLinks.progress(scope, count.progressId()));
    }

    private DashboardLinks.Link contactLink(BandCount band) {
        return DashboardLinks.of(DashboardLinks.contact(scope, band.age()));
    }

    /** 最近接触 (〜7日) and so on: the band with its days. */
    String bandName(BandCount band) {
        String name = t("contact.band." + band.band().name().toLowerCase(java.util.Locale.ROOT));
        if (band.age().never()) {
            return name;
        }
        String days = band.age().toDays() == null
                ? t("customer.filter.sinceContact.over", band.age().fromDays())
                : t(
                        "customer.filter.sinceContact.range",
                        band.age().fromDays(),
                        band.age().toDays());
        return name + " (" + days + ")";
    }

    private String t(String key, Object... parameters) {
        return ui.getTranslation(key, parameters);
    }
}
