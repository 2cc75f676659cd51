package app.kiroku.shared.chart;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link KirokuChart} draws: bars for each category, one per series, upright ({@link Layout#VERTICAL}),
 * lying ({@link Layout#HORIZONTAL}, for long Japanese labels) or stacked upright ({@link Layout#STACKED}).
 */
public record ChartData(Layout layout, List<String> categories, List<Series> series) {

    public enum Layout {
        VERTICAL,
        HORIZONTAL,
        STACKED
    }

    /**
     * One series: its name (the legend), a colour for all its bars or {@code null} for the theme's, its values in
     * the order of the categories, and optionally a colour per bar ({@code itemColors}, empty or one per value).
     */
    public record Series(String name, @Nullable String color, List<Integer> values, List<@Nullable String> itemColors) {

        public Series {
            values = List.copyOf(values);
            itemColors = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(itemColors));
            if (!itemColors.isEmpty() && itemColors.size() != values.size()) {
                throw new IllegalArgumentException("one colour per value, or none");
            }
        }

        public static Series of(String name, List<Integer> values) {
            return new Series(name, null, values, List.of());
        }
    }

    public ChartData {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series one : series) {
            if (one.values().size() != categories.size()) {
                throw new IllegalArgumentException("one value per category in " + one.name());
            }
        }
    }
}
