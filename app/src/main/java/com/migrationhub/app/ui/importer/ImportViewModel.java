package com.migrationhub.app.ui.importer;

import com.migrationhub.app.ui.AppContext;
import com.migrationhub.app.ui.error.Problem;
import com.migrationhub.app.ui.i18n.Messages;
import com.migrationhub.app.ui.project.ProjectSession;
import com.migrationhub.app.ui.project.ProjectSession.Area;
import com.migrationhub.app.ui.task.LatestOnly;
import com.migrationhub.app.ui.task.TaskItem;
import com.migrationhub.app.ui.task.TaskRunner;
import com.migrationhub.domain.inventory.ImportBatch;
import com.migrationhub.domain.inventory.ImportOptions;
import com.migrationhub.domain.inventory.ImportPreview;
import com.migrationhub.domain.inventory.ImportReport;
import com.migrationhub.domain.inventory.ImportRun;
import com.migrationhub.domain.inventory.ImportService;
import com.migrationhub.domain.inventory.InventoryImporter;
import com.migrationhub.domain.store.ProjectFile;
import com.migrationhub.domain.task.CancelledException;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The Import view's state and commands: the files chosen or dropped, each one's detected format
 * and a preview read in the background (a dry run that never touches the project), the import of
 * them all as one write job with progress and cancel (each file one transaction, as
 * {@code mhub import} does), the report of the last import, and the project's import history with
 * the skipped rows and warnings of the run selected ({@code mhub imports show}).
 */
public final class ImportViewModel {
    /** Servers and issues kept by a preview. */
    static final int PREVIEW_ROWS = 200;
    /** Issues of a history run shown at most. */
    static final int ISSUE_LIMIT = 1000;
    static final String LAST_FOLDER = "import.lastFolder";

    /** How the last import ended. */
    public enum Outcome { NONE, COMPLETE, FAILED, CANCELLED }

    /** A format the user may choose: the importer's id and its name for people. */
    public record FormatChoice(String id, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    private final AppContext context;
    private final ProjectSession session;
    private final Messages messages;
    private final LatestOnly issueReader;
    private final LatestOnly historyReader;

    private final ObservableList<PendingFile> files = FXCollections.observableArrayList(
            f -> new Observable[] {f.formatProperty(), f.mappingProperty(), f.stateProperty()});
    private final ObjectProperty<PendingFile> selectedFile = new SimpleObjectProperty<>();
    private final ObservableList<FormatChoice> formats = FXCollections.observableArrayList();

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final BooleanBinding canImport;
    private final BooleanBinding projectOpen;
    private final StringBinding hint;

    private final ObservableList<ImportReport> reports = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(Outcome.NONE);
    private final ReadOnlyStringWrapper outcomeText = new ReadOnlyStringWrapper("");

    private final ObservableList<ImportRun> history = FXCollections.observableArrayList();
    private final ObjectProperty<ImportRun> selectedRun = new SimpleObjectProperty<>();
    private final ObservableList<ImportReport.Issue> issues = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper issuesNote = new ReadOnlyStringWrapper("");

    private PendingFile previewing;
    private TaskRunner.TaskHandle previewHandle;
    private TaskItem importItem;
    private TaskRunner.TaskHandle importHandle;
    private boolean historyStale = true;
    private long selectAfterReload;

    public ImportViewModel(AppContext context) {
        this(context, new LatestOnly("importer-history"), new LatestOnly("importer-issues"));
    }

    /** With the readers of the history and of a run's issues given: {@link LatestOnly#direct()} in tests. */
    ImportViewModel(AppContext context, LatestOnly historyReader, LatestOnly issueReader) {
        this.historyReader = historyReader;
        this.context = context;
        this.session = context.session();
        this.messages = context.messages();
        this.issueReader = issueReader;
        projectOpen = session.projectProperty().isNotNull();
        canImport = Bindings.createBooleanBinding(() -> !files.isEmpty() && !running.get()
                && !session.busyProperty().get() && session.isOpen()
                && files.stream().noneMatch(PendingFile::needsFormat),
                files, running, session.busyProperty(), session.projectProperty());
        hint = Bindings.createStringBinding(this::describeHint, files, running, session.busyProperty(),
                session.projectProperty());
        session.projectProperty().addListener((o, a, b) -> projectChanged());
        session.revision(Area.INVENTORY).addListener((o, a, b) -> historyChanged());
        selectedRun.addListener((o, a, b) -> readIssues(b));
        context.taskList().items().addListener((ListChangeListener<TaskItem>) c -> abandonedJobs());
    }

    // ---------------------------------------------------------------- properties

    /** Whether a project is open: nothing can be chosen or imported without one. */
    public BooleanBinding projectOpenProperty() {
        return projectOpen;
    }

    /** The files chosen for import, in the order given. */
    public ObservableList<PendingFile> files() {
        return files;
    }

    /** The file whose preview is shown. */
    public ObjectProperty<PendingFile> selectedFileProperty() {
        return selectedFile;
    }

    /** The formats the user may force, once the importers are loaded. */
    public ObservableList<FormatChoice> formats() {
        return formats;
    }

    /** Whether the import is running. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The import's progress, 0 to 1, or -1 when unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    /** "File 2 of 3: ..." while the import runs. */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** Whether Import can start now. */
    public BooleanBinding canImportProperty() {
        return canImport;
    }

    /** Why Import cannot start, or what it will do. */
    public StringBinding hintProperty() {
        return hint;
    }

    /** The reports of the files the last import brought in. */
    public ObservableList<ImportReport> reports() {
        return reports;
    }

    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** One line on how the last import ended. */
    public ReadOnlyStringProperty outcomeTextProperty() {
        return outcomeText.getReadOnlyProperty();
    }

    /** Every import of the project, newest first. */
    public ObservableList<ImportRun> history() {
        return history;
    }

    public ObjectProperty<ImportRun> selectedRunProperty() {
        return selectedRun;
    }

    /** The skipped rows and warnings of the selected run, in file order. */
    public ObservableList<ImportReport.Issue> issues() {
        return issues;
    }

    /** "Showing the first 1,000 of 4,210" or "" when all are shown. */
    public ReadOnlyStringProperty issuesNoteProperty() {
        return issuesNote.getReadOnlyProperty();
    }

    /** The folder files were last chosen from, if it still exists. */
    public Path lastFolder() {
        return context.settings().get(LAST_FOLDER).map(Path::of).filter(Files::isDirectory).orElse(null);
    }

    // ---------------------------------------------------------------- choosing files

    /** Whether a drag of these files may be dropped: at least one existing file or folder. */
    public boolean acceptsDrop(List<File> dragged) {
        return dragged != null && !running.get() && session.isOpen()
                && dragged.stream().anyMatch(f -> f.isFile() || f.isDirectory());
    }

    /** Takes dropped files (a folder brings the files in it); returns how many were added. */
    public int drop(List<File> dropped) {
        if (!acceptsDrop(dropped)) {
            return 0;
        }
        return addFiles(dropped.stream().map(File::toPath).toList());
    }

    /**
     * Adds files to import. A folder brings the files directly in it (Migration Center's tables
     * come as a folder of CSVs); a file already listed, a hidden file and a CSV's mapping file are
     * left out. A CSV with {@code NAME.mapping.properties} beside it is a mapped CSV, as
     * {@code mhub sample} takes it. Remembers the folder for the next choice.
     */
    public int addFiles(Collection<Path> chosen) {
        if (running.get()) {
            return 0;
        }
        Set<Path> listed = new HashSet<>();
        files.forEach(f -> listed.add(f.path()));
        List<PendingFile> added = new ArrayList<>();
        Path folder = null;
        for (Path p : expand(chosen)) {
            Path abs = p.toAbsolutePath().normalize();
            if (!listed.add(abs)) {
                continue;
            }
            PendingFile f = new PendingFile(abs);
            Path mapping = ImportService.mappingBeside(abs);
            if (mapping != null) {
                f.formatProperty().set("csv");
                f.mappingProperty().set(mapping);
            }
            added.add(f);
            folder = abs.getParent();
        }
        for (PendingFile f : added) {
            f.formatProperty().addListener((o, a, b) -> changed(f));
            f.mappingProperty().addListener((o, a, b) -> changed(f));
        }
        files.addAll(added);
        if (folder != null) {
            rememberFolder(folder);
        }
        if (selectedFile.get() == null && !added.isEmpty()) {
            selectedFile.set(added.get(0));
        }
        if (!added.isEmpty() && outcome.get() != Outcome.NONE && !running.get()) {
            clearOutcome();
        }
        pumpPreviews();
        return added.size();
    }

    private static List<Path> expand(Collection<Path> chosen) {
        List<Path> out = new ArrayList<>();
        for (Path p : chosen) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(Files::isRegularFile).sorted().forEach(out::add);
                } catch (IOException | UncheckedIOException e) {
                    // an unreadable folder brings nothing; its files would fail one by one anyway
                }
            } else {
                out.add(p);
            }
        }
        out.removeIf(p -> {
            String name = p.getFileName().toString();
            return name.startsWith(".") || name.toLowerCase(Locale.ROOT).endsWith(".mapping.properties");
        });
        return out;
    }

    /** Remembers the folder of the chosen files in the user's settings. */
    public void rememberFolder(Path folder) {
        context.settings().put(LAST_FOLDER, folder.toString());
        try {
            context.settings().save();
        } catch (IOException e) {
            // only a convenience: the next choice starts in the home folder
        }
    }

    public void remove(PendingFile f) {
        if (running.get()) {
            return;
        }
        if (previewing == f) {
            stopPreview();
        }
        int at = files.indexOf(f);
        files.remove(f);
        if (selectedFile.get() == f) {
            selectedFile.set(files.isEmpty() ? null : files.get(Math.min(at, files.size() - 1)));
        }
    }

    /** Forgets every file chosen (not what was imported). */
    public void clear() {
        if (running.get()) {
            return;
        }
        stopPreview();
        files.clear();
        selectedFile.set(null);
    }

    /** Forces a format for a file (null to detect it again); its preview is read again. */
    public void setFormat(PendingFile f, String format) {
        f.formatProperty().set(format);
    }

    /** Sets a CSV's column mapping file (null for none); its preview is read again. */
    public void setMapping(PendingFile f, Path mapping) {
        f.mappingProperty().set(mapping);
    }

    private void changed(PendingFile f) {
        f.generation++;
        if (previewing == f) {
            stopPreview();
        }
        f.setPreview(null);
        pumpPreviews();
    }

    private String describeHint() {
        if (running.get()) {
            return "";
        }
        if (files.isEmpty()) {
            return messages.get("importer.hint.empty");
        }
        List<String> needing = files.stream().filter(PendingFile::needsFormat).map(PendingFile::fileName).toList();
        if (!needing.isEmpty()) {
            return messages.get("importer.hint.needsFormat", needing.size(), needing.get(0));
        }
        if (session.busyProperty().get()) {
            return messages.get("importer.hint.busy", session.writingProperty().get());
        }
        return messages.get("importer.hint.ready", files.size());
    }

    // ---------------------------------------------------------------- previews

    /** Starts reading the next file whose preview is missing, one at a time. */
    private void pumpPreviews() {
        if (previewing != null || !session.isOpen()) {
            return;
        }
        PendingFile next = files.stream().filter(f -> f.state() == PendingFile.State.WAITING).findFirst().orElse(null);
        if (next == null) {
            return;
        }
        int generation = next.generation;
        Path path = next.path();
        String format = next.formatProperty().get();
        ImportOptions options = options(next.mappingProperty().get());
        previewing = next;
        next.setState(PendingFile.State.READING);
        TaskRunner.TaskHandle handle = session.read(messages.get("importer.task.preview", next.fileName()), monitor -> {
            try {
                return session.importService().preview(path, format, options, PREVIEW_ROWS, monitor);
            } catch (CancelledException e) {
                return null;
            }
        }, p -> previewDone(next, generation, p), e -> {
            previewDone(next, generation, null);
            context.fail(e);
        });
        if (previewing == next) {
            previewHandle = handle;
        }
        if (formats.isEmpty()) {
            loadFormats();
        }
    }

    private void previewDone(PendingFile f, int generation, ImportPreview preview) {
        if (previewing == f) {
            previewing = null;
            previewHandle = null;
        }
        if (files.contains(f) && f.generation == generation) {
            if (preview == null) {
                f.setState(PendingFile.State.CANCELLED);
            } else {
                f.setPreview(preview);
            }
        }
        pumpPreviews();
    }

    /** Reads the preview of a file again (after a cancelled preview, or when the file changed on disk). */
    public void readAgain(PendingFile f) {
        if (files.contains(f)) {
            changed(f);
        }
    }

    private void loadFormats() {
        List<FormatChoice> list = new ArrayList<>();
        for (InventoryImporter i : session.importService().importers()) {
            list.add(new FormatChoice(i.format(), i.displayName()));
        }
        formats.setAll(list);
    }

    /** The newest import of the very same file (same SHA-256) in the history, or null. */
    public ImportRun importedBefore(PendingFile f) {
        ImportPreview p = f.preview();
        if (p == null || p.sha256() == null) {
            return null;
        }
        return history.stream().filter(r -> p.sha256().equals(r.sha256())).findFirst().orElse(null);
    }

    /** The name for people of a format id. */
    public String formatName(String id) {
        if (id == null) {
            return "";
        }
        return formats.stream().filter(f -> f.id().equals(id)).map(FormatChoice::name).findFirst().orElse(id);
    }

    private static ImportOptions options(Path mapping) {
        return mapping == null ? ImportOptions.NONE : new ImportOptions(Map.of(), mapping);
    }

    // ---------------------------------------------------------------- importing

    /**
     * Imports every file listed, in the planned order (files that define servers first), as one
     * write job: each file is one transaction, the job stops at the first file that fails or at a
     * cancel, and the project keeps the files imported before it.
     */
    public void importAll() {
        if (!canImport.get()) {
            return;
        }
        List<ImportService.Request> requests = new ArrayList<>();
        Map<Path, ImportOptions> options = new LinkedHashMap<>();
        for (PendingFile f : files) {
            requests.add(new ImportService.Request(f.path(), f.formatProperty().get()));
            if (f.mappingProperty().get() != null) {
                options.put(f.path(), options(f.mappingProperty().get()));
            }
        }
        ProjectFile project = session.project();
        clearOutcome();
        running.set(true);
        progress.set(-1);
        progressText.set(messages.get("importer.progress.starting"));
        String title = requests.size() == 1
                ? messages.get("importer.task.importOne", requests.get(0).file().getFileName())
                : messages.get("importer.task.importMany", requests.size());
        try {
            importHandle = session.write(title, monitor -> new ImportBatch(session.importService()).run(requests,
                    options, project, monitor,
                    (k, n, name, what) -> messages.get("importer.progress.file", k, n, name,
                            what == null ? "" : what), null),
                    this::importDone, this::importFailed, Area.INVENTORY, Area.DEPENDENCIES);
        } catch (IllegalStateException e) {
            running.set(false);
            progressText.set("");
            context.fail(e);
            return;
        }
        if (running.get()) {
            followTask(title);
        }
    }

    /** Asks the running import to stop; the file being imported is rolled back. */
    public void cancel() {
        if (importHandle != null) {
            importHandle.cancel();
        }
    }

    /** Asks the preview being read to stop (its file changed, went away, or the project did). */
    private void stopPreview() {
        if (previewHandle != null) {
            previewHandle.cancel();
        }
    }

    /** Follows the task list's item of the import, for the progress shown in the view. */
    private void followTask(String title) {
        importItem = context.taskList().items().stream()
                .filter(i -> i.title().equals(title) && i.stateProperty().get() == TaskItem.State.RUNNING)
                .findFirst().orElse(null);
        if (importItem != null) {
            progress.bind(importItem.progressProperty());
            progressText.bind(importItem.messageProperty());
        }
    }

    private void endRunning() {
        progress.unbind();
        progressText.unbind();
        importItem = null;
        running.set(false);
        progressText.set("");
    }

    private void importDone(ImportBatch.Outcome result) {
        endRunning();
        reports.setAll(result.reports());
        Set<Path> notImported = new HashSet<>(result.notImported());
        List<PendingFile> done = files.stream().filter(f -> !notImported.contains(f.path())).toList();
        files.removeAll(done);
        if (selectedFile.get() != null && !files.contains(selectedFile.get())) {
            selectedFile.set(files.isEmpty() ? null : files.get(0));
        }
        int added = result.reports().stream().mapToInt(ImportReport::added).sum();
        int updated = result.reports().stream().mapToInt(ImportReport::updated).sum();
        String failedName = result.failedFile() == null ? "" : result.failedFile().getFileName().toString();
        if (result.cancelled()) {
            outcome.set(Outcome.CANCELLED);
            outcomeText.set(messages.get("importer.outcome.cancelled", failedName, result.reports().size(),
                    result.notImported().size()));
        } else if (result.failure() != null) {
            outcome.set(Outcome.FAILED);
            outcomeText.set(messages.get("importer.outcome.failed", Problem.of(result.failure()).message(),
                    result.reports().size(), result.notImported().size()));
            context.fail(result.failure());
        } else {
            outcome.set(Outcome.COMPLETE);
            outcomeText.set(messages.get("importer.outcome.complete", result.reports().size(), added, updated));
        }
        if (!result.reports().isEmpty()) {
            selectRun(result.reports().get(result.reports().size() - 1).run().id());
        }
    }

    private void importFailed(Throwable error) {
        endRunning();
        if (Problem.isCancellation(error)) {
            outcome.set(Outcome.CANCELLED);
            outcomeText.set(messages.get("importer.outcome.cancelledFromList"));
            return;
        }
        outcome.set(Outcome.FAILED);
        outcomeText.set(messages.get("importer.outcome.failed", Problem.of(error).message(), 0, files.size()));
        context.fail(error);
    }

    /** Hides the last import's report. */
    public void clearOutcome() {
        reports.clear();
        outcome.set(Outcome.NONE);
        outcomeText.set("");
    }

    /** A job cancelled from the task list ends without calling back: let go of it here. */
    private void abandonedJobs() {
        if (importItem != null && importItem.stateProperty().get() == TaskItem.State.CANCELLED) {
            endRunning();
            outcome.set(Outcome.CANCELLED);
            outcomeText.set(messages.get("importer.outcome.cancelledFromList"));
            historyChanged();
        }
        if (previewing != null && previewHandle != null && previewHandle.isDone()) {
            PendingFile f = previewing;
            previewing = null;
            previewHandle = null;
            if (f.state() == PendingFile.State.READING) {
                f.setState(PendingFile.State.CANCELLED);
            }
            pumpPreviews();
        }
    }

    // ---------------------------------------------------------------- history

    /** Called when the view is shown: reads the history again if the project changed meanwhile. */
    public void shown() {
        if (historyStale) {
            reloadHistory();
        }
        pumpPreviews();
    }

    private void projectChanged() {
        stopPreview();
        files.clear();
        selectedFile.set(null);
        clearOutcome();
        history.clear();
        issues.clear();
        historyStale = true;
        reloadHistory();
    }

    private void historyChanged() {
        historyStale = true;
        reloadHistory();
    }

    /**
     * Reads the import history again (one quick query, off the FX thread); not while a job
     * writes, which reloads it when it ends.
     */
    public void reloadHistory() {
        if (!session.isOpen() || session.busyProperty().get()) {
            return;
        }
        historyStale = false;
        ProjectFile project = session.project();
        historyReader.submit(() -> {
            List<ImportRun> runs = new ArrayList<>(project.inventory().imports());
            java.util.Collections.reverse(runs);
            return runs;
        }, runs -> {
            if (session.project() != project) {
                return;
            }
            long keep = selectAfterReload != 0 ? selectAfterReload
                    : selectedRun.get() == null ? 0 : selectedRun.get().id();
            history.setAll(runs);
            ImportRun select = runs.stream().filter(r -> r.id() == keep).findFirst()
                    .orElse(runs.isEmpty() ? null : runs.get(0));
            selectAfterReload = 0;
            selectedRun.set(select);
        });
    }

    private void selectRun(long id) {
        ImportRun run = history.stream().filter(r -> r.id() == id).findFirst().orElse(null);
        if (run != null) {
            selectedRun.set(run);
        } else {
            selectAfterReload = id;
        }
    }

    private void readIssues(ImportRun run) {
        if (run == null || !session.isOpen()) {
            issues.clear();
            issuesNote.set("");
            return;
        }
        if (session.busyProperty().get()) {
            return;
        }
        ProjectFile project = session.project();
        issueReader.submit(() -> project.inventory().issues(run.id(), ISSUE_LIMIT), list -> {
            if (selectedRun.get() != run) {
                return;
            }
            issues.setAll(list);
            int total = run.skipped() + run.warnings();
            issuesNote.set(list.size() < total
                    ? messages.get("importer.history.issuesFirst", list.size(), total)
                    : "");
        });
    }
}
