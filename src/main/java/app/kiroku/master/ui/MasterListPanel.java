package app.kiroku.master.ui;

import app.kiroku.master.MasterAdminService;
import app.kiroku.master.MasterInUseException;
import app.kiroku.master.MasterItem;
import app.kiroku.master.MasterKind;
import app.kiroku.shared.data.ConcurrentEditException;
import app.kiroku.shared.ui.Dialogs;
import app.kiroku.shared.ui.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Locale;

/** One master list: its values in order, with add, rename, move up/down, retire/reactivate and delete. */
class MasterListPanel extends Div {

    private final MasterAdminService masters;
    private final MasterKind kind;
    final Grid<MasterItem> grid = new Grid<>();

    MasterListPanel(MasterAdminService masters, MasterKind kind) {
        this.masters = masters;
        this.kind = kind;
        addClassName("kiroku-master-panel");
        String key = kind.name().toLowerCase(Locale.ROOT);
        setId("master-" + key);

        var add = new Button(
                getTranslation("master.add"),
                VaadinIcon.PLUS.create(),
                e -> new MasterItemDialog(masters, kind, null, this::refresh).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("master-add-" + key);
        var hint = new Span(getTranslation("master.hint"));
        hint.addClassName("kiroku-muted");
        var bar = new Div(add, hint);
        bar.addClassName("kiroku-search-bar");

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setId("master-grid-" + key);
        grid.addComponentColumn(this::moveButtons)
                .setHeader(getTranslation("master.order"))
                .setWidth("7rem")
                .setFlexGrow(0);
        grid.addComponentColumn(this::nameCell)
                .setHeader(getTranslation("master.name"))
                .setFlexGrow(1);
        grid.addComponentColumn(item -> {
                    var state = new Span(getTranslation(item.active() ? "master.active" : "master.retired"));
                    state.addClassNames("kiroku-badge", item.active() ? "is-done" : "is-retired");
                    return state;
                })
                .setHeader(getTranslation("master.state"))
                .setWidth("7rem")
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader("").setWidth("19rem").setFlexGrow(0);
        grid.setAllRowsVisible(true);
        add(bar, grid);
        refresh();
    }

    void refresh() {
        grid.setItems(masters.list(kind));
    }

    private Component nameCell(MasterItem item) {
        var name = new Span(item.name());
        if (item.color() != null) {
            name.addClassName("kiroku-progress");
            name.getStyle().set("--progress-color", item.color());
        }
        return name;
    }

    private Component moveButtons(MasterItem item) {
        var up = new Button(
                VaadinIcon.ARROW_UP.create(),
                e -> unlessChanged(() -> masters.move(kind, item.id(), item.version(), -1)));
        var down = new Button(
                VaadinIcon.ARROW_DOWN.create(),
                e -> unlessChanged(() -> masters.move(kind, item.id(), item.version(), 1)));
        up.setAriaLabel(getTranslation("master.up", item.name()));
        down.setAriaLabel(getTranslation("master.down", item.name()));
        for (Button b : List.of(up, down)) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        }
        return new Div(up, down);
    }

    private Component actions(MasterItem item) {
        var edit = new Button(
                getTranslation("common.edit"), e -> new MasterItemDialog(masters, kind, item, this::refresh).open());
        var retire = new Button(
                getTranslation(item.active() ? "master.retire" : "master.reactivate"),
                e -> unlessChanged(() -> masters.setActive(kind, item.id(), item.version(), !item.active())));
        var delete = new Button(getTranslation("master.delete"), e -> confirmDelete(item));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (Button b : List.of(edit, retire, delete)) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        }
        var actions = new Div(edit, retire, delete);
        actions.addClassName("kiroku-row-actions");
        return actions;
    }

    /** Runs a change made to the value as listed; when it was changed meanwhile, says so. The list is then reread. */
    private void unlessChanged(Runnable change) {
        try {
            change.run();
        } catch (ConcurrentEditException conflict) {
            showConflict(conflict);
        }
        refresh();
    }

    private void showConflict(ConcurrentEditException conflict) {
        Dialogs.error(getTranslation(
                "master.error.changed", conflict.editorName(), Formats.dateTime(conflict.editedAt(), getLocale())));
    }

    private void confirmDelete(MasterItem item) {
        var dialog = new ConfirmDialog(
                getTranslation("master.delete.title"),
                getTranslation("master.delete.text", item.name()),
                getTranslation("master.delete"),
                e -> {
                    try {
                        masters.delete(kind, item.id(), item.version());
                        Dialogs.saved(getTranslation("master.deleted", item.name()));
                    } catch (MasterInUseException inUse) {
                        Dialogs.error(getTranslation("master.error.inUse", item.name(), inUse.usages()));
                    } catch (ConcurrentEditException conflict) {
                        showConflict(conflict);
                    }
                    refresh();
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("form.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setId("master-delete-dialog");
        dialog.open();
    }
}
