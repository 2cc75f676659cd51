package app.kiroku.negotiation.ui;

import app.kiroku.negotiation.NegotiationDetail;
import app.kiroku.shared.data.ConcurrentEditException;
import app.kiroku.shared.ui.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Someone saved the record first. Says who and when, and lists where their saved version and the user's input
 * differ; the user keeps their input (the form stays as it is) or loads the saved version.
 */
class NegotiationConflictDialog extends Dialog {

    record Difference(String field, String mine, String saved) {}

    NegotiationConflictDialog(
            ConcurrentEditException conflict,
            Map<String, String> mine,
            @Nullable NegotiationDetail saved,
            SerializableRunnable reload) {
        setHeaderTitle(getTranslation("form.conflict.title"));
        setId("conflict-dialog");
        setWidth("min(48rem, 95vw)");
        add(new Paragraph(getTranslation(
                "form.conflict.text", conflict.editorName(), Formats.dateTime(conflict.editedAt(), getLocale()))));
        if (saved != null) {
            var grid = new Grid<Difference>();
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.addColumn(Difference::field)
                    .setHeader(getTranslation("negotiation.conflict.field"))
                    .setWidth("8rem")
                    .setFlexGrow(0);
            grid.addColumn(Difference::mine).setHeader(getTranslation("negotiation.conflict.mine"));
            grid.addColumn(Difference::saved).setHeader(getTranslation("negotiation.conflict.saved"));
            grid.setItems(differences(mine, shown(saved)));
            grid.setAllRowsVisible(true);
            grid.setId("conflict-differences");
            add(grid);
        }
        var keep = new Button(getTranslation("form.conflict.keep"), e -> close());
        keep.setId("conflict-keep");
        var load = new Button(getTranslation("form.conflict.reload"), e -> {
            close();
            reload.run();
        });
        load.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        load.setId("conflict-reload");
        getFooter().add(keep, load);
    }

    /** The saved record as the form shows values, keyed like {@link NegotiationFields#shown()}. */
    private Map<String, String> shown(NegotiationDetail saved) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(
                "negotiation.plannedDate",
                NegotiationFields.dateTime(saved.plannedDate(), saved.plannedTime(), getLocale()));
        values.put("negotiation.doneDate", NegotiationFields.dateTime(saved.doneDate(), saved.doneTime(), getLocale()));
        values.put("negotiation.handler", saved.handlerName());
        values.put("negotiation.progress", Objects.toString(saved.progressName(), ""));
        values.put("negotiation.rank", Objects.toString(saved.rankName(), ""));
        values.put("negotiation.department", Objects.toString(saved.departmentName(), ""));
        values.put("negotiation.report", Objects.toString(saved.report(), ""));
        values.put("negotiation.remarks", Objects.toString(saved.remarks(), ""));
        return values;
    }

    private List<Difference> differences(Map<String, String> mine, Map<String, String> saved) {
        List<Difference> rows = new ArrayList<>();
        mine.forEach((key, value) -> {
            String other = saved.getOrDefault(key, "");
            if (!value.strip().equals(other.strip())) {
                rows.add(new Difference(getTranslation(key), value, other));
            }
        });
        return rows;
    }
}
