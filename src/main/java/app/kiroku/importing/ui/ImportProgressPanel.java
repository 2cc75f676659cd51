package app.kiroku.importing.ui;

import app.kiroku.importing.ImportJob;
import app.kiroku.importing.ImportService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.Locale;

/** A running import: how far it got (from its history entry, so it survives leaving the page) and 中止. */
class ImportProgressPanel extends VerticalLayout {

    private final ProgressBar bar = new ProgressBar();
    private final Span text = new Span();
    private final Button cancel;
    private final int expectedRows;

    ImportProgressPanel(ImportService imports, long jobId, int expectedRows) {
        this.expectedRows = expectedRows;
        setPadding(false);
        setId("import-progress");
        bar.setId("import-progress-bar");
        text.setId("import-progress-text");
        cancel = new Button(getTranslation("import.cancel"), e -> {
            imports.cancel(jobId);
            e.getSource().setEnabled(false);
        });
        cancel.setId("import-cancel");
        add(bar, new HorizontalLayout(text, cancel));
    }

    /** Shows the job as it stands; true once it has ended. */
    boolean show(ImportJob job) {
        boolean ended = !job.status().open();
        bar.setIndeterminate(!ended && (expectedRows <= 0 || job.rowsDone() == 0));
        bar.setValue(ended ? 1 : expectedRows <= 0 ? 0 : Math.min(1, job.rowsDone() / (double) (expectedRows + 1)));
        String status = getTranslation("import.status." + job.status().name().toLowerCase(Locale.ROOT));
        text.setText(getTranslation(
                "import.progress", status, job.rowsDone(), job.created(), job.updated(), job.skipped(), job.refused()));
        cancel.setVisible(!ended);
        return ended;
    }
}
