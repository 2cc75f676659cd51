package app.kiroku.importing.ui;

import app.kiroku.shared.importing.ColumnMapping;
import app.kiroku.shared.importing.ImportField;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 列の対応: one choice per Kiroku field, listing the file's headers; a header taken by one field leaves the others
 * (the mapping moves it), and required fields are marked.
 */
class MappingForm extends FormLayout {

    private final Map<String, ComboBox<Integer>> choices = new LinkedHashMap<>();
    private ColumnMapping mapping = ColumnMapping.NONE;
    private List<String> headers = List.of();
    private boolean updating;
    private Runnable changed = () -> {};

    MappingForm() {
        setId("import-mapping");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2), new ResponsiveStep("1100px", 3));
    }

    void show(List<ImportField> fields, List<String> fileHeaders, ColumnMapping guessed) {
        removeAll();
        choices.clear();
        headers = fileHeaders;
        List<Integer> columns =
                java.util.stream.IntStream.range(0, headers.size()).boxed().toList();
        for (ImportField field : fields) {
            var choice = new ComboBox<Integer>(getTranslation(field.labelKey()));
            choice.setItems(columns);
            choice.setItemLabelGenerator(
                    i -> headers.get(i).isBlank() ? getTranslation("import.column", i + 1) : headers.get(i));
            choice.setClearButtonVisible(true);
            choice.setPlaceholder(getTranslation("import.unused"));
            choice.setRequiredIndicatorVisible(field.required());
            choice.setId("map-" + field.id());
            choice.addValueChangeListener(e -> {
                if (!updating) {
                    mapping = mapping.with(field.id(), Optional.ofNullable(e.getValue()));
                    refresh();
                    changed.run();
                }
            });
            choices.put(field.id(), choice);
            add(choice);
        }
        mapping = guessed;
        refresh();
    }

    /** Told when the user changes the mapping. */
    void onChange(Runnable listener) {
        changed = listener;
    }

    ColumnMapping mapping() {
        return mapping;
    }

    void apply(ColumnMapping applied) {
        mapping = applied;
        refresh();
        changed.run();
    }

    /** The required fields no column fills, marked at their choice; true when there are none. */
    boolean checkRequired(List<ImportField> fields) {
        boolean ok = true;
        for (ImportField field : fields) {
            ComboBox<Integer> choice = choices.get(field.id());
            boolean missing = field.required() && !mapping.has(field.id());
            choice.setInvalid(missing);
            choice.setErrorMessage(missing ? getTranslation("import.error.required", choice.getLabel()) : null);
            ok &= !missing;
        }
        return ok;
    }

    private void refresh() {
        updating = true;
        choices.forEach((field, choice) -> {
            int column = mapping.column(field);
            choice.setValue(column < 0 ? null : column);
            if (column >= 0) {
                choice.setInvalid(false);
            }
        });
        updating = false;
    }
}
