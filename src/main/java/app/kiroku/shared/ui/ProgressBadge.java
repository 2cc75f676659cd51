package app.kiroku.shared.ui;

import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A progress flag (現進捗, 進捗) in a grid: a dot in the flag's colour before its name, drawn in the browser from
 * two properties. A component per row would be a state node per row held by the session for as long as the list
 * is open.
 */
public final class ProgressBadge {

    /** Colours are set by an admin; anything but a hex colour is left out rather than put into a style. */
    private static final Pattern HEX_COLOR = Pattern.compile("#([0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})");

    /** The badge inside a larger row template, drawn from the properties {@link #properties} adds. */
    public static final String TEMPLATE = "<span class=\"${item.progress ? 'kiroku-progress' : ''}\""
            + " style=\"${item.progressColor}\">${item.progress}</span>";

    private ProgressBadge() {}

    public static <T> LitRenderer<T> renderer(
            ValueProvider<T, @Nullable String> name, ValueProvider<T, @Nullable String> color) {
        return properties(LitRenderer.of(TEMPLATE), name, color);
    }

    /** Adds the two properties {@link #TEMPLATE} reads. */
    public static <T> LitRenderer<T> properties(
            LitRenderer<T> renderer,
            ValueProvider<T, @Nullable String> name,
            ValueProvider<T, @Nullable String> color) {
        return renderer.withProperty("progress", item -> {
                    String text = name.apply(item);
                    return text == null ? "" : text;
                })
                .withProperty("progressColor", item -> colorStyle(color.apply(item)));
    }

    static String colorStyle(@Nullable String color) {
        return color == null || !HEX_COLOR.matcher(color).matches() ? "" : "--progress-color:" + color;
    }
}
