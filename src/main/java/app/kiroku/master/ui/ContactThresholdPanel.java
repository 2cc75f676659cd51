package app.kiroku.master.ui;

import app.kiroku.master.ContactThresholds;
import app.kiroku.master.MasterAdminService;
import app.kiroku.shared.data.ConcurrentEditException;
import app.kiroku.shared.ui.Dialogs;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;

/**
 * The thresholds for customers left alone (最終接触から): up to how many days a last contact is recent (blue) and
 * up to how many it is getting old (yellow); older is left alone (red).
 */
class ContactThresholdPanel extends Div {

    private final MasterAdminService masters;
    private final IntegerField recent = new IntegerField();
    private final IntegerField stale = new IntegerField();
    private int version;

    ContactThresholdPanel(MasterAdminService masters) {
        this.masters = masters;
        setId("contact-thresholds");
        recent.setId("threshold-recent");
        recent.setLabel(getTranslation("master.threshold.recent"));
        stale.setId("threshold-stale");
        stale.setLabel(getTranslation("master.threshold.stale"));
        for (IntegerField field : new IntegerField[] {recent, stale}) {
            field.setMin(0);
            field.setMax(ContactThresholds.MAX_DAYS);
            field.setStepButtonsVisible(true);
            field.setSuffixComponent(new Div(getTranslation("master.threshold.days")));
            field.setRequiredIndicatorVisible(true);
        }
        var save = new Button(getTranslation("master.threshold.save"), e -> save());
        save.setId("threshold-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var row = new HorizontalLayout(recent, stale, save);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.addClassName("kiroku-wrap");
        add(new Paragraph(getTranslation("master.threshold.hint")), row);
        load();
    }

    private void load() {
        ContactThresholds current = masters.contactThresholds();
        recent.setValue(current.recentDays());
        stale.setValue(current.staleDays());
        version = current.version();
    }

    private void save() {
        Integer recentDays = recent.getValue();
        Integer staleDays = stale.getValue();
        if (recentDays == null
                || staleDays == null
                || recentDays < 0
                || staleDays <= recentDays
                || staleDays > ContactThresholds.MAX_DAYS) {
            stale.setInvalid(true);
            stale.setErrorMessage(getTranslation("master.threshold.error"));
            return;
        }
        stale.setInvalid(false);
        try {
            masters.saveContactThresholds(recentDays, staleDays, version);
            Dialogs.saved(getTranslation("master.threshold.saved"));
            load();
        } catch (ConcurrentEditException conflict) {
            Dialogs.conflict(conflict, this::load);
        }
    }
}
