package app.kiroku.shared.chart;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Kiroku's bar chart over Apache ECharts (Apache-2.0, npm), drawn as SVG in the browser. The server sets the
 * {@link ChartData}; clicks on a bar come back to {@link #addBarClickListener} listeners, a click on a bar that is
 * not in the data is ignored. A chart shows no table: the screens put a table of the same numbers beside it.
 */
@Tag("kiroku-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./src/kiroku-chart.ts")
public class KirokuChart extends Component implements HasSize, HasStyle {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A click on the bar of series {@code series} at category {@code category} (both from 0). */
    public record BarClick(int series, int category) {}

    private ChartData data = new ChartData(ChartData.Layout.VERTICAL, List.of(), List.of());
    private final List<Consumer<BarClick>> listeners = new ArrayList<>();

    public KirokuChart() {
        getElement().setAttribute("role", "img");
    }

    public void setData(ChartData data) {
        this.data = data;
        getElement().setProperty("config", JSON.writeValueAsString(data));
    }

    public ChartData getData() {
        return data;
    }

    /** A short description for screen readers (the table beside the chart holds the numbers). */
    public void setAccessibleName(String name) {
        getElement().setAttribute("aria-label", name);
    }

    public Registration addBarClickListener(Consumer<BarClick> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Reports a click as the browser saw it, when it names a bar of the data. */
    @ClientCallable
    void barClicked(int series, int category) {
        click(series, category).ifPresent(click -> List.copyOf(listeners).forEach(l -> l.accept(click)));
    }

    private Optional<BarClick> click(int series, int category) {
        boolean known = series >= 0
                && series < data.series().size()
                && category >= 0
                && category < data.categories().size();
        return known ? Optional.of(new BarClick(series, category)) : Optional.empty();
    }

    /** As if the user clicked the bar: for view tests, which have no browser. */
    public void clickBar(int series, int category) {
        barClicked(series, category);
    }
}
