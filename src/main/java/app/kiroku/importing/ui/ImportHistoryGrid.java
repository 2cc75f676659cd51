package app.kiroku.importing.ui;

import app.kiroku.importing.ImportJob;
import app.kiroku.importing.ImportService;
import app.kiroku.shared.ui.Formats;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.Locale;

/** 取込履歴: every import (an admin's view) or one's own, newest first, paged from the database. */
class ImportHistoryGrid extends Grid<ImportJob> {

    ImportHistoryGrid(ImportService imports) {
        setId("import-history");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        addColumn(j -> Formats.dateTime(j.startedAt(), getLocale()))
                .setHeader(getTranslation("import.history.at"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(j -> getTranslation("import.target." + j.target()))
                .setHeader(getTranslation("import.target"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(ImportJob::fileName)
                .setHeader(getTranslation("import.history.file"))
                .setFlexGrow(1)
                .setTooltipGenerator(ImportJob::fileName);
        addColumn(ImportJob::startedByName)
                .setHeader(getTranslation("import.history.by"))
                .setAutoWidth(true);
        addColumn(j -> getTranslation("import.status." + j.status().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("import.history.status"))
                .setAutoWidth(true);
        addColumn(ImportJob::created)
                .setHeader(getTranslation("import.outcome.created"))
                .setAutoWidth(true);
        addColumn(ImportJob::updated)
                .setHeader(getTranslation("import.outcome.updated"))
                .setAutoWidth(true);
        addColumn(ImportJob::skipped)
                .setHeader(getTranslation("import.outcome.skipped"))
                .setAutoWidth(true);
        addColumn(ImportJob::refused)
                .setHeader(getTranslation("import.outcome.refused"))
                .setAutoWidth(true);
        addColumn(ImportJob::rowsDone)
                .setHeader(getTranslation("import.history.rowsDone"))
                .setAutoWidth(true);
        addComponentColumn(j -> {
                    if (j.refused() == 0) {
                        return new com.vaadin.flow.component.html.Span();
                    }
                    var link = new Anchor(problems(imports, j), getTranslation("import.history.errors"));
                    link.setId("import-history-errors-" + j.id());
                    return link;
                })
                .setAutoWidth(true)
                .setFlexGrow(0);
        setItems(
                query -> imports.history(query.getOffset(), query.getLimit()).stream(),
                query -> imports.historyCount());
        setPageSize(50);
        setHeight("18rem");
    }

    private static DownloadHandler problems(ImportService imports, ImportJob job) {
        return event -> {
            event.setFileName("import-" + job.id() + "-errors.csv");
            event.setContentType("text/csv; charset=UTF-8");
            imports.writeProblems(job.id(), event.getUI().getLocale(), event.getOutputStream());
        };
    }
}
