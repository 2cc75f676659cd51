package app.kiroku.importing.ui;

import app.kiroku.importing.CheckReport;
import app.kiroku.importing.ImportService;
import app.kiroku.shared.importing.RowOutcome;
import app.kiroku.shared.importing.RowProblem;
import app.kiroku.shared.importing.RowResult;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.List;
import java.util.Locale;

/** A dry run's result: what would become of the rows, the first rows as stored, and every refused row's reason. */
class CheckResultPanel extends VerticalLayout {

    CheckResultPanel(ImportService imports, CheckReport report, List<String> storedColumns) {
        setPadding(false);
        setId("import-check-result");
        Locale locale = getLocale();
        var summary = new Paragraph(getTranslation(
                "import.check.summary",
                report.rows(),
                report.count(RowOutcome.CREATED),
                report.count(RowOutcome.UPDATED),
                report.count(RowOutcome.SKIPPED),
                report.count(RowOutcome.REFUSED)));
        summary.setId("import-check-summary");
        add(summary);

        add(new H3(getTranslation("import.preview")));
        var preview = new Grid<RowResult>();
        preview.setId("import-preview");
        preview.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        preview.addColumn(RowResult::line)
                .setHeader(getTranslation("import.problem.line"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        preview.addColumn(r ->
                        getTranslation("import.outcome." + r.outcome().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("import.outcome"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        for (int i = 0; i < storedColumns.size(); i++) {
            int column = i;
            preview.addColumn(r -> r.stored().get(column))
                    .setHeader(getTranslation(storedColumns.get(i)))
                    .setAutoWidth(true)
                    .setResizable(true);
        }
        preview.setItems(report.preview());
        preview.setAllRowsVisible(true);
        add(preview);

        if (report.problemCount() > 0) {
            add(new H3(getTranslation("import.problems", report.problemCount())));
            var problems = new Grid<RowProblem>();
            problems.setId("import-problems");
            problems.addThemeVariants(GridVariant.LUMO_COMPACT);
            problems.addColumn(RowProblem::line)
                    .setHeader(getTranslation("import.problem.line"))
                    .setAutoWidth(true)
                    .setFlexGrow(0);
            problems.addColumn(RowProblem::column)
                    .setHeader(getTranslation("import.problem.column"))
                    .setAutoWidth(true)
                    .setFlexGrow(0);
            problems.addColumn(p -> ImportService.message(p, locale))
                    .setHeader(getTranslation("import.problem.message"))
                    .setFlexGrow(1);
            problems.setItems(report.problems());
            problems.setHeight(report.problems().size() > 8 ? "20rem" : null);
            problems.setAllRowsVisible(report.problems().size() <= 8);
            add(problems);
            var download = new Anchor(errorCsv(imports, report), getTranslation("import.problems.download"));
            download.setId("import-problems-download");
            add(download);
        }
    }

    private static DownloadHandler errorCsv(ImportService imports, CheckReport report) {
        return event -> {
            event.setFileName("import-errors.csv");
            event.setContentType("text/csv; charset=UTF-8");
            imports.writeProblems(report, event.getUI().getLocale(), event.getOutputStream());
        };
    }
}
