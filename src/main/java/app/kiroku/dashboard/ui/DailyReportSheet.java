package app.kiroku.dashboard.ui;

import app.kiroku.dashboard.DailyReport;
import app.kiroku.shared.ui.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The printable part of a 日報: the person and the day, the records done in time order with their full report and
 * 備考, the plain 予定 of the day, and the next plans of the customers seen. Plain markup, styled for the screen and
 * for an A4 page (kiroku-report.css).
 */
class DailyReportSheet extends Div {

    DailyReportSheet(DailyReport report) {
        addClassName("kiroku-report-sheet");
        setId("report-sheet");
        var title =
                new H1(getTranslation("report.heading", report.personName(), Formats.date(report.date(), getLocale())));
        title.setId("report-title");
        add(title);
        add(section(
                "report-done",
                getTranslation("report.done", report.done().size()),
                report.done(),
                this::done,
                "report.done.none"));
        add(section(
                "report-entries",
                getTranslation("report.entries"),
                report.entries(),
                this::entry,
                "report.entries.none"));
        add(section("report-next", getTranslation("report.next"), report.next(), this::next, "report.next.none"));
    }

    private <T> Section section(String id, String heading, List<T> items, Function<T, Component> row, String noneKey) {
        var section = new Section(new H2(heading));
        section.setId(id);
        section.addClassName("kiroku-report-section");
        if (items.isEmpty()) {
            var none = new Paragraph(getTranslation(noneKey));
            none.addClassName("kiroku-muted");
            section.add(none);
        }
        items.forEach(item -> section.add(row.apply(item)));
        return section;
    }

    private Component done(DailyReport.Done record) {
        var time = new Span(record.time() == null ? getTranslation("report.noTime") : Formats.time(record.time()));
        time.addClassName("kiroku-report-time");
        var customer = new Span(record.customerName());
        customer.addClassName("kiroku-report-customer");
        var top = new Div(time, customer);
        top.addClassName("kiroku-report-top");
        if (record.progressName() != null) {
            var progress = new Span(record.progressName());
            progress.addClassName("kiroku-progress");
            if (record.progressColor() != null) {
                progress.getStyle().set("--progress-color", record.progressColor());
            }
            top.add(progress);
        }
        var item = new Div(top);
        item.addClassNames("kiroku-report-item", "is-done");
        item.add(text("report.report", record.report(), "kiroku-report-text"));
        if (record.remarks() != null && !record.remarks().isBlank()) {
            item.add(text("report.remarks", record.remarks(), "kiroku-report-remarks"));
        }
        return item;
    }

    private Component entry(DailyReport.Entry entry) {
        String when = entry.allDay()
                ? getTranslation("home.allDay")
                : Formats.time(entry.start().toLocalTime()) + "–"
                        + Formats.time(entry.end().toLocalTime());
        var time = new Span(when);
        time.addClassName("kiroku-report-time");
        var title = new Span(entry.title());
        title.addClassName("kiroku-report-customer");
        var top = new Div(time, title);
        top.addClassName("kiroku-report-top");
        if (entry.place() != null && !entry.place().isBlank()) {
            var place = new Span(entry.place());
            place.addClassName("kiroku-muted");
            top.add(place);
        }
        var item = new Div(top);
        item.addClassNames("kiroku-report-item", "is-entry");
        if (entry.memo() != null && !entry.memo().isBlank()) {
            item.add(text("report.memo", entry.memo(), "kiroku-report-remarks"));
        }
        return item;
    }

    private Component next(DailyReport.Next plan) {
        var date = new Span(
                Formats.date(plan.date(), getLocale()) + (plan.time() == null ? "" : " " + Formats.time(plan.time())));
        date.addClassName("kiroku-report-time");
        var customer = new Span(plan.customerName());
        customer.addClassName("kiroku-report-customer");
        var handler = new Span(getTranslation("home.handler", plan.handlerName()));
        handler.addClassName("kiroku-muted");
        var top = new Div(date, customer, handler);
        top.addClassName("kiroku-report-top");
        var item = new Div(top);
        item.addClassNames("kiroku-report-item", "is-next");
        return item;
    }

    private Div text(String labelKey, @Nullable String value, String className) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("kiroku-report-label");
        var body = new Span(value == null || value.isBlank() ? getTranslation("report.empty") : value);
        var text = new Div(label, body);
        text.addClassName(className);
        return text;
    }
}
