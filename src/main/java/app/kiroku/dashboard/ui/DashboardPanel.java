package app.kiroku.dashboard.ui;

import app.kiroku.shared.chart.ChartData;
import app.kiroku.shared.chart.KirokuChart;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * One panel of the dashboard: a heading, a bar chart whose bars open their list, the same numbers as a table
 * (「表で見る」), and a link to the whole list behind the panel.
 */
class DashboardPanel extends Div {

    private final KirokuChart chart = new KirokuChart();

    /**
     * @param barLink the list behind the bar of a series and category, {@code null} when there is none
     */
    DashboardPanel(
            String id,
            String title,
            ChartData data,
            BiFunction<Integer, Integer, DashboardLinks.@Nullable Link> barLink,
            NumberTable table,
            DashboardLinks.@Nullable Link whole) {
        setId(id);
        addClassName("kiroku-dashboard-panel");
        var heading = new H2(title);
        heading.setId(id + "-title");
        add(heading);
        boolean empty = data.series().stream().allMatch(s -> s.values().stream().allMatch(v -> v == 0));
        if (empty) {
            var none = new Paragraph(getTranslation("dashboard.empty"));
            none.addClassName("kiroku-muted");
            add(none);
        } else {
            chart.setId(id + "-chart");
            chart.addClassName("kiroku-dashboard-chart");
            chart.setAccessibleName(title);
            chart.setData(data);
            chart.addBarClickListener(click -> {
                DashboardLinks.Link link = barLink.apply(click.series(), click.category());
                if (link != null) {
                    UI.getCurrent().navigate(link.route(), link.query());
                }
            });
            add(chart);
        }
        var details = new Details(getTranslation("dashboard.table"), table);
        details.setId(id + "-table");
        details.addClassName("kiroku-dashboard-table");
        add(details);
        if (whole != null) {
            var all = new Anchor(whole.href(), getTranslation("dashboard.openList"));
            all.getElement().setAttribute("router-link", true);
            all.setId(id + "-list");
            all.addClassName("kiroku-dashboard-list-link");
            add(all);
        }
    }

    KirokuChart chart() {
        return chart;
    }
}
