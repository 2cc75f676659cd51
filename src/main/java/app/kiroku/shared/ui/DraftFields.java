package app.kiroku.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A form's fields as a draft in the browser keeps them: by element id ({@code field-…}), text as typed, dates and
 * times as ISO values, a combo box as the label of its item (a multi-select as its labels). Restoring maps labels
 * back to the items the field offers now; a value that no longer fits (a retired item, a malformed date) is left
 * as the form shows it.
 */
public final class DraftFields {

    static final String ID_PREFIX = "field-";

    private final Map<String, Component> fields;

    private DraftFields(Map<String, Component> fields) {
        this.fields = fields;
    }

    /** The value fields under {@code root} whose id starts with {@code field-}. */
    public static DraftFields in(Component root) {
        Map<String, Component> found = new LinkedHashMap<>();
        collect(root, found);
        return new DraftFields(found);
    }

    private static void collect(Component component, Map<String, Component> found) {
        Optional<String> id = component.getId();
        if (component instanceof HasValue<?, ?> && id.isPresent() && id.get().startsWith(ID_PREFIX)) {
            found.put(id.get(), component);
        }
        component.getChildren().forEach(child -> collect(child, found));
    }

    /** What the fields show now, in the draft's terms. */
    public Map<String, Object> shown() {
        Map<String, Object> values = new LinkedHashMap<>();
        fields.forEach((id, field) -> values.put(id, shown(field)));
        return values;
    }

    /** True when {@code draft} holds a value for one of the fields that the field does not show now. */
    public boolean differ(Map<String, Object> draft) {
        return draft.entrySet().stream().anyMatch(entry -> {
            Component field = fields.get(entry.getKey());
            return field != null && !shown(field).equals(normalised(field, entry.getValue()));
        });
    }

    /** Puts the draft's values into the fields, as if the user had typed them. */
    public void restore(Map<String, Object> draft) {
        draft.forEach((id, value) -> {
            Component field = fields.get(id);
            if (field != null && !((HasValue<?, ?>) field).isReadOnly()) {
                restore(field, value);
            }
        });
    }

    private static Object shown(Component field) {
        return switch (field) {
            case MultiSelectComboBox<?> multi -> labels(multi);
            case ComboBox<?> combo -> label(combo);
            case DatePicker date ->
                date.getValue() == null ? "" : date.getValue().toString();
            case TimePicker time ->
                time.getValue() == null ? "" : time.getValue().toString();
            default -> Objects.toString(((HasValue<?, ?>) field).getValue(), "");
        };
    }

    /** A draft value as {@link #shown(Component)} would give it, so that equal values compare equal. */
    private static Object normalised(Component field, @Nullable Object value) {
        return switch (field) {
            case MultiSelectComboBox<?> ignored ->
                value instanceof List<?> list
                        ? list.stream().map(String::valueOf).collect(Collectors.toCollection(LinkedHashSet::new))
                        : Set.of();
            case TimePicker ignored -> {
                LocalTime time = time(value);
                yield time == null ? text(value) : time.toString();
            }
            default -> text(value);
        };
    }

    private static void restore(Component field, @Nullable Object value) {
        switch (field) {
            case MultiSelectComboBox<?> multi -> restoreLabels(multi, value);
            case ComboBox<?> combo -> restoreLabel(combo, text(value));
            case DatePicker date -> {
                String text = text(value);
                try {
                    date.setValue(text.isEmpty() ? null : LocalDate.parse(text));
                } catch (DateTimeParseException malformed) {
                    // left as shown
                }
            }
            case TimePicker picker -> {
                LocalTime time = time(value);
                if (time != null || text(value).isEmpty()) {
                    picker.setValue(time);
                }
            }
            default -> {
                @SuppressWarnings("unchecked")
                var text = (HasValue<?, String>) field;
                if (text.getEmptyValue() instanceof String) {
                    text.setValue(text(value));
                }
            }
        }
    }

    private static <T> String label(ComboBox<T> combo) {
        T value = combo.getValue();
        return value == null ? "" : combo.getItemLabelGenerator().apply(value);
    }

    private static <T> Set<String> labels(MultiSelectComboBox<T> multi) {
        ItemLabelGenerator<T> labels = multi.getItemLabelGenerator();
        return multi.getValue().stream().map(labels).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static <T> void restoreLabel(ComboBox<T> combo, String label) {
        if (label.isEmpty()) {
            combo.clear();
            return;
        }
        ItemLabelGenerator<T> labels = combo.getItemLabelGenerator();
        combo.getListDataView()
                .getItems()
                .filter(item -> label.equals(labels.apply(item)))
                .findFirst()
                .ifPresent(combo::setValue);
    }

    private static <T> void restoreLabels(MultiSelectComboBox<T> multi, @Nullable Object value) {
        Set<String> wanted = value instanceof List<?> list
                ? list.stream().map(String::valueOf).collect(Collectors.toSet())
                : Set.of();
        ItemLabelGenerator<T> labels = multi.getItemLabelGenerator();
        multi.setValue(multi.getListDataView()
                .getItems()
                .filter(item -> wanted.contains(labels.apply(item)))
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    private static @Nullable LocalTime time(@Nullable Object value) {
        String text = text(value);
        try {
            return text.isEmpty() ? null : LocalTime.parse(text);
        } catch (DateTimeParseException malformed) {
            return null;
        }
    }

    private static String text(@Nullable Object value) {
        return value instanceof String text ? text : "";
    }
}
