package app.kiroku.home.ui;

import app.kiroku.negotiation.AgendaItem;
import app.kiroku.negotiation.ui.NegotiationDetailView;
import app.kiroku.schedule.ScheduleEntryItem;
import app.kiroku.shared.ui.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.List;

/** One day of the agenda: its heading and its rows as cards, big enough to tap on a tablet. */
class AgendaDay extends Div {

    AgendaDay(LocalDate day, LocalDate today, List<AgendaRow> rows) {
        addClassName("kiroku-agenda-day");
        String label = Formats.date(day, getLocale());
        if (day.equals(today)) {
            label = getTranslation("home.today") + "  " + label;
            addClassName("is-today");
        } else if (day.equals(today.plusDays(1))) {
            label = getTranslation("home.tomorrow") + "  " + label;
        }
        var heading = new H3(label);
        add(heading);
        if (rows.isEmpty()) {
            var none = new Paragraph(getTranslation("home.day.empty"));
            none.addClassName("kiroku-muted");
            add(none);
        }
        rows.forEach(row -> add(
                switch (row) {
                    case AgendaRow.Negotiation n -> negotiationCard(n.item());
                    case AgendaRow.Entry e -> entryCard(e.item(), e);
                }));
    }

    private Component negotiationCard(AgendaItem item) {
        var time = new Span(item.time() == null ? getTranslation("home.allDay") : Formats.time(item.time()));
        time.addClassName("kiroku-agenda-time");
        var customer = new Span(item.customerName());
        customer.addClassName("kiroku-agenda-title");
        var state = new Span(getTranslation(item.done() ? "negotiation.state.done" : "negotiation.state.planned"));
        state.addClassNames("kiroku-badge", item.done() ? "is-done" : "is-planned");
        var top = new Div(customer, state);
        top.addClassName("kiroku-agenda-top");
        if (item.progressName() != null) {
            var progress = new Span(item.progressName());
            progress.addClassName("kiroku-progress");
            if (item.progressColor() != null) {
                progress.getStyle().set("--progress-color", item.progressColor());
            }
            top.add(progress);
        }
        var handler = new Span(getTranslation("home.handler", item.handlerName()));
        handler.addClassName("kiroku-muted");
        var body = new Div(top, handler);
        if (!item.headline().isEmpty()) {
            var headline = new Span(item.headline());
            headline.addClassName("kiroku-agenda-headline");
            body.add(headline);
        }
        body.addClassName("kiroku-agenda-body");
        var link = new RouterLink(NegotiationDetailView.class, item.id());
        link.add(time, body);
        link.addClassNames("kiroku-agenda-card", "is-negotiation");
        return link;
    }

    private Component entryCard(ScheduleEntryItem item, AgendaRow.Entry row) {
        var time = new Span(
                row.time() == null
                        ? getTranslation("home.allDay")
                        : Formats.time(item.startsAt().toLocalTime()) + "–"
                                + Formats.time(item.endsAt().toLocalTime()));
        time.addClassName("kiroku-agenda-time");
        var title = new Span(item.title());
        title.addClassName("kiroku-agenda-title");
        var kind = new Span(getTranslation("schedule.entry.kind"));
        kind.addClassNames("kiroku-badge", "is-entry");
        var top = new Div(title, kind);
        top.addClassName("kiroku-agenda-top");
        var body = new Div(top);
        if (item.place() != null && !item.place().isBlank()) {
            var place = new Span(item.place());
            place.addClassName("kiroku-muted");
            body.add(place);
        }
        body.addClassName("kiroku-agenda-body");
        var card = new Div(time, body);
        card.addClassNames("kiroku-agenda-card", "is-entry");
        return card;
    }
}
