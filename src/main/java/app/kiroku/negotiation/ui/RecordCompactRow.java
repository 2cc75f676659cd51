package app.kiroku.negotiation.ui;

import app.kiroku.shared.ui.Formats;
import app.kiroku.shared.ui.ProgressBadge;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableFunction;
import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * A record on two lines for a narrow screen: date, 状態 and 進捗, then customer, handler and the first line of
 * the report. The lists' row types map to {@link Line}.
 */
final class RecordCompactRow {

    private static final String TEMPLATE = "<div class=\"kiroku-row\">"
            + "<div class=\"kiroku-row-line\"><span class=\"kiroku-row-date\">${item.date}</span>"
            + "<span class=\"kiroku-badge ${item.done ? 'is-done' : 'is-planned'}\">${item.state}</span>"
            + ProgressBadge.TEMPLATE + "</div>"
            + "<div class=\"kiroku-row-line\"><span class=\"kiroku-row-title\">${item.customer}</span>"
            + "<span class=\"kiroku-row-sub\">${item.handler}</span>"
            + "<span class=\"kiroku-row-sub kiroku-row-text\">${item.headline}</span></div></div>";

    /** What a compact row shows; {@code customerName} is null where the list is one customer's. */
    record Line(
            LocalDate date,
            @Nullable LocalTime time,
            boolean done,
            @Nullable String progressName,
            @Nullable String progressColor,
            @Nullable String customerName,
            String handlerName,
            String headline) {}

    private RecordCompactRow() {}

    static <T> LitRenderer<T> renderer(Component i18n, SerializableFunction<T, Line> line) {
        String done = i18n.getTranslation("negotiation.state.done");
        String planned = i18n.getTranslation("negotiation.state.planned");
        var renderer = LitRenderer.<T>of(TEMPLATE)
                .withProperty("date", item -> {
                    Line l = line.apply(item);
                    return Formats.date(l.date(), UI.getCurrent().getLocale())
                            + (l.time() == null ? "" : " " + Formats.time(l.time()));
                })
                .withProperty("done", item -> line.apply(item).done())
                .withProperty("state", item -> line.apply(item).done() ? done : planned)
                .withProperty("customer", item -> {
                    String customer = line.apply(item).customerName();
                    return customer == null ? "" : customer;
                })
                .withProperty("handler", item -> line.apply(item).handlerName())
                .withProperty("headline", item -> line.apply(item).headline());
        return ProgressBadge.properties(
                renderer,
                item -> line.apply(item).progressName(),
                item -> line.apply(item).progressColor());
    }
}
