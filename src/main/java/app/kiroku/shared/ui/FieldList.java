package app.kiroku.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/** A read-only list of label/value rows, as detail screens show a record; blank values show a dash. */
public class FieldList extends Div {

    public FieldList(String id) {
        addClassName("kiroku-fields");
        setId(id);
    }

    /** Adds a row and returns its value, for styling (progress colour, multi-line text). */
    public Span add(String label, @Nullable String value) {
        var labelText = new Span(label);
        labelText.addClassName("kiroku-field-label");
        var valueText = new Span(value == null || value.isBlank() ? "—" : value);
        valueText.addClassName("kiroku-field-value");
        var row = new Div(labelText, valueText);
        row.addClassName("kiroku-field");
        add(row);
        return valueText;
    }

    /** Adds a row showing a progress flag with its colour dot. */
    public void addProgress(String label, @Nullable String name, @Nullable String color) {
        Span value = add(label, name);
        if (name != null) {
            value.addClassName("kiroku-progress");
            if (color != null) {
                value.getStyle().set("--progress-color", color);
            }
        }
    }
}
