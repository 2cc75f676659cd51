package app.kiroku.importing.ui;

import app.kiroku.importing.CheckReport;
import app.kiroku.importing.ImportFile;
import app.kiroku.importing.ImportJob;
import app.kiroku.importing.ImportService;
import app.kiroku.importing.SavedMapping;
import app.kiroku.shared.importing.ColumnMapping;
import app.kiroku.shared.importing.Duplicates;
import app.kiroku.shared.importing.ImportSettings;
import app.kiroku.shared.importing.ImportTarget;
import app.kiroku.shared.importing.UnreadableFileException;
import app.kiroku.shared.ui.Dialogs;
import app.kiroku.shared.ui.KeyShortcuts;
import app.kiroku.shared.validation.InvalidInputException;
import app.kiroku.user.Role;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * データ取込: choose what to import and upload the file, map its columns, choose how duplicates are treated, check
 * the file in a dry run, then import it in the background while the history shows how it goes.
 */
@Route("import")
@Menu(title = "nav.import", order = 12, icon = "vaadin:upload")
@RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
public class ImportView extends Div implements HasDynamicTitle {

    static final int MAX_FILE_BYTES = 100 * 1024 * 1024;
    private static final java.time.Duration RECENT = java.time.Duration.ofMinutes(10);

    private final ImportService imports;
    private final RadioButtonGroup<ImportTarget> target = new RadioButtonGroup<>();
    private final Span fileInfo = new Span();
    private final Div settingsArea = new Div();
    private final MappingForm mappingForm = new MappingForm();
    private final ComboBox<SavedMapping> savedMappings = new ComboBox<>();
    private final TextField mappingName = new TextField();
    private final RadioButtonGroup<ImportTarget.MatchKey> matchKey = new RadioButtonGroup<>();
    private final RadioButtonGroup<Duplicates> duplicates = new RadioButtonGroup<>();
    private final Button check = new Button();
    private final Button start = new Button();
    private final Div checkArea = new Div();
    private final Div progressArea = new Div();
    private final ImportHistoryGrid history;
    private @Nullable Upload upload;
    private @Nullable ImportFile file;
    private @Nullable CheckReport checked;
    private @Nullable ImportSettings checkedWith;
    private @Nullable ImportProgressPanel progress;
    private long runningJob;
    private @Nullable Registration polling;

    public ImportView(ImportService imports) {
        this.imports = imports;
        addClassNames("kiroku-page", "kiroku-import");
        history = new ImportHistoryGrid(imports);
        if (!imports.mayImport()) {
            var denied = new Paragraph(getTranslation("import.notAllowed"));
            denied.setId("import-not-allowed");
            add(denied);
            return;
        }
        add(
                new H2(getTranslation("import.step.file")),
                fileStep(),
                settingsArea,
                progressArea,
                new H2(getTranslation("import.history")),
                history);
        settingsArea.add(
                new H2(getTranslation("import.step.mapping")),
                mappingForm,
                mappingTools(),
                new H2(getTranslation("import.step.check")),
                checkStep(),
                checkArea);
        settingsArea.setVisible(false);
        mappingForm.onChange(this::clearCheck);
        matchKey.addValueChangeListener(e -> clearCheck());
        duplicates.addValueChangeListener(e -> clearCheck());
    }

    private Div fileStep() {
        target.setLabel(getTranslation("import.target"));
        target.setItems(imports.targets());
        target.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
        target.setId("import-target");
        target.setValue(imports.targets().getFirst());
        target.addValueChangeListener(e -> targetChanged());
        var upload = new Upload(UploadHandler.toTempFile((metadata, temp) -> {
            String name = metadata.fileName();
            UI ui = UI.getCurrent();
            ui.access(() -> uploaded(temp.toPath(), name));
        }));
        upload.setId("import-upload");
        this.upload = upload;
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".csv", ".tsv", ".txt", ".xlsx");
        upload.setDropLabel(new Span(getTranslation("import.upload.drop")));
        upload.setI18n(uploadTexts());
        fileInfo.setId("import-file-info");
        var help = new Paragraph(getTranslation("import.upload.help"));
        help.addClassName("kiroku-help");
        return new Div(target, upload, fileInfo, help);
    }

    private UploadI18N uploadTexts() {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("import.upload.choose")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("import.upload.drop")))
                .setFile(new UploadI18N.File()
                        .setRemove(getTranslation("import.upload.remove"))
                        .setRetry(getTranslation("import.upload.retry"))
                        .setStart(getTranslation("import.upload.start")))
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(getTranslation("import.upload.tooBig"))
                        .setIncorrectFileType(getTranslation("import.upload.wrongType"))
                        .setTooManyFiles(getTranslation("import.upload.tooMany")));
    }

    private HorizontalLayout mappingTools() {
        savedMappings.setLabel(getTranslation("import.mapping.saved"));
        savedMappings.setItemLabelGenerator(SavedMapping::name);
        savedMappings.setId("import-saved-mappings");
        savedMappings.addValueChangeListener(e -> {
            if (e.getValue() != null && file != null) {
                mappingForm.apply(ColumnMapping.fromHeaders(e.getValue().headerByField(), file.headers()));
            }
        });
        mappingName.setLabel(getTranslation("import.mapping.name"));
        mappingName.setId("import-mapping-name");
        mappingName.setMaxLength(100);
        var save = new Button(getTranslation("import.mapping.save"), e -> saveMapping());
        save.setId("import-mapping-save");
        KeyShortcuts.enterClicks(save, mappingName);
        var tools = new HorizontalLayout(savedMappings, mappingName, save);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.setWrap(true);
        return tools;
    }

    private Div checkStep() {
        matchKey.setLabel(getTranslation("import.match"));
        matchKey.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        matchKey.setId("import-match");
        duplicates.setLabel(getTranslation("import.duplicates"));
        duplicates.setItemLabelGenerator(
                d -> getTranslation("import.duplicates." + d.name().toLowerCase(Locale.ROOT)));
        duplicates.setId("import-duplicates");
        check.setText(getTranslation("import.check"));
        check.setId("import-check");
        check.addClickListener(e -> runCheck());
        start.setText(getTranslation("import.start"));
        start.setId("import-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setEnabled(false);
        start.addClickListener(e -> startImport());
        var help = new Paragraph(getTranslation("import.check.help"));
        help.addClassName("kiroku-help");
        var buttons = new HorizontalLayout(check, start);
        return new Div(matchKey, duplicates, help, buttons);
    }

    private void uploaded(java.nio.file.Path path, String name) {
        discardFile();
        if (upload != null) {
            // the file is read and shown above; the list is cleared so that another file can be dropped at once
            upload.clearFileList();
        }
        try {
            file = imports.open(path, name);
        } catch (UnreadableFileException e) {
            deleteQuietly(path);
            Dialogs.error(getTranslation(e.messageKey()));
            fileInfo.setText("");
            settingsArea.setVisible(false);
            return;
        }
        fileInfo.setText(getTranslation(
                "import.file", file.fileName(), file.format(), file.headers().size()));
        settingsArea.setVisible(true);
        targetChanged();
    }

    private void targetChanged() {
        ImportTarget chosen = target.getValue();
        matchKey.setItems(chosen.matchKeys());
        matchKey.setValue(chosen.matchKeys().getFirst());
        duplicates.setItems(chosen.duplicateChoices());
        duplicates.setValue(chosen.duplicateChoices().getFirst());
        savedMappings.setItems(imports.mappings(chosen.id()));
        if (file != null) {
            mappingForm.show(chosen.fields(), file.headers(), imports.guess(chosen.id(), file.headers()));
        }
        clearCheck();
    }

    private @Nullable ImportSettings settings() {
        if (file == null || !mappingForm.checkRequired(target.getValue().fields())) {
            return null;
        }
        return new ImportSettings(
                file.headers(), mappingForm.mapping(), matchKey.getValue().id(), duplicates.getValue());
    }

    private void saveMapping() {
        if (file == null) {
            return;
        }
        try {
            imports.saveMapping(
                    target.getValue().id(),
                    mappingName.getValue(),
                    mappingForm.mapping().headerByField(file.headers()));
            mappingName.setInvalid(false);
            savedMappings.setItems(imports.mappings(target.getValue().id()));
            Dialogs.saved(getTranslation(
                    "import.mapping.saved.done", mappingName.getValue().strip()));
        } catch (InvalidInputException e) {
            mappingName.setErrorMessage(getTranslation("import.error.mappingName"));
            mappingName.setInvalid(true);
        }
    }

    private void runCheck() {
        ImportSettings settings = settings();
        ImportFile current = file;
        if (settings == null || current == null) {
            return;
        }
        clearCheck();
        var bar = new ProgressBar();
        bar.setIndeterminate(true);
        var reached = new Span(getTranslation("import.checking"));
        reached.setId("import-checking");
        checkArea.add(bar, reached);
        check.setEnabled(false);
        UI ui = UI.getCurrent();
        startPolling(ui);
        imports.check(
                        current,
                        target.getValue().id(),
                        settings,
                        line -> ui.access(() -> reached.setText(getTranslation("import.checking.line", line))))
                .whenComplete((report, failure) -> ui.access(() -> {
                    stopPolling(ui);
                    check.setEnabled(true);
                    checkArea.removeAll();
                    if (failure != null) {
                        Dialogs.error(getTranslation(
                                failure.getCause() instanceof UnreadableFileException u
                                        ? u.messageKey()
                                        : "import.error.check"));
                        return;
                    }
                    checked = report;
                    checkedWith = settings;
                    checkArea.add(new CheckResultPanel(
                            imports, report, target.getValue().storedColumns()));
                    start.setEnabled(true);
                }));
    }

    /** Imports only what the last dry run checked: a change of any setting asks for a new check. */
    private void startImport() {
        ImportSettings settings = settings();
        ImportFile current = file;
        if (current == null || checked == null || !Objects.equals(settings, checkedWith)) {
            clearCheck();
            Dialogs.error(getTranslation("import.error.checkFirst"));
            return;
        }
        long id = imports.start(current, target.getValue().id(), settings);
        int expected = checked.rows();
        file = null;
        fileInfo.setText("");
        settingsArea.setVisible(false);
        clearCheck();
        follow(id, expected);
    }

    private void follow(long jobId, int expectedRows) {
        runningJob = jobId;
        progress = new ImportProgressPanel(imports, jobId, expectedRows);
        progressArea.removeAll();
        progressArea.add(progress);
        history.getDataProvider().refreshAll();
        UI.getCurrent().setPollInterval(1000);
    }

    private void clearCheck() {
        checked = null;
        checkedWith = null;
        checkArea.removeAll();
        start.setEnabled(false);
    }

    private void startPolling(UI ui) {
        ui.setPollInterval(500);
    }

    private void stopPolling(UI ui) {
        ui.setPollInterval(runningJob > 0 ? 1000 : -1);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (!imports.mayImport()) {
            return;
        }
        polling = event.getUI().addPollListener(e -> pollJob(e.getSource()));
        // the user's import still running, or just ended, is shown again after coming back to the page
        imports.ownRecent(RECENT).ifPresent(j -> {
            follow(j.id(), 0);
            pollJob(event.getUI());
        });
    }

    private void pollJob(UI ui) {
        if (runningJob == 0 || progress == null) {
            return;
        }
        ImportJob job = imports.job(runningJob).orElse(null);
        if (job == null || progress.show(job)) {
            runningJob = 0;
            history.getDataProvider().refreshAll();
            stopPolling(ui);
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
        }
        event.getUI().setPollInterval(-1);
        discardFile();
        super.onDetach(event);
    }

    /** An uploaded file not handed to an import is deleted when another replaces it or the page is left. */
    private void discardFile() {
        if (file != null) {
            deleteQuietly(file.path());
            file = null;
        }
    }

    private static void deleteQuietly(java.nio.file.Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.import") + " | Kiroku";
    }
}
