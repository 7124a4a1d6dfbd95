package com.migrationhub.app.ui.reports;

import com.migrationhub.app.report.CoverLogo;
import com.migrationhub.app.report.ReportExport;
import com.migrationhub.app.ui.AppContext;
import com.migrationhub.app.ui.edit.UndoableEdit;
import com.migrationhub.app.ui.i18n.Messages;
import com.migrationhub.app.ui.project.ProjectSession;
import com.migrationhub.app.ui.project.ProjectSession.Area;
import com.migrationhub.app.ui.task.TaskItem;
import com.migrationhub.app.ui.task.TaskRunner;
import com.migrationhub.domain.assessment.ScenarioInfo;
import com.migrationhub.domain.store.ProjectFile;
import com.migrationhub.domain.store.ProjectSettings;
import com.migrationhub.domain.task.ProgressMonitor;
import com.migrationhub.reports.Formats;
import com.migrationhub.reports.ReportOptions;
import com.migrationhub.reports.Section;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Reports view's state and commands: which scenario, sections, locale and paper; where the
 * PDF, the workbook and the CSV files go; the export as one read job with progress and cancel,
 * writing exactly what {@code mhub report} writes ({@link ReportExport}); the files written, to
 * open; and the report cover's settings (firm, consultant, logo), as {@code mhub settings} sets
 * them, each change undoable. Touched on the FX thread only.
 */
public final class ReportsViewModel {
    /** Locales offered besides the project's own. */
    static final List<String> COMMON_LOCALES = List.of("en-US", "en-GB", "de-DE", "de-CH", "fr-FR", "nl-NL", "es-ES",
            "it-IT", "pt-BR", "sv-SE", "da-DK", "pl-PL", "ja-JP");

    /** A file or folder the export wrote. */
    public record Written(Path path, String kind, String detail) {
    }

    /** What one export job gives back. */
    private record Exported(List<Path> written, List<String> caveats, double seconds) {
    }

    /** The settings read on each reload. */
    private record Loaded(Path project, List<String> scenarios, Locale locale, String firm, String consultant,
            String logo) {
    }

    private final AppContext context;
    private final ProjectSession session;
    private final Messages messages;

    private final ObservableList<String> scenarios = FXCollections.observableArrayList();
    private final ObjectProperty<String> scenario = new SimpleObjectProperty<>();
    private final Map<Section, BooleanProperty> sections = new LinkedHashMap<>();
    private final ObservableList<Locale> locales = FXCollections.observableArrayList();
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(Locale.US);
    private final ObjectProperty<ReportOptions.Paper> paper = new SimpleObjectProperty<>(ReportOptions.Paper.A4);
    private final StringProperty folder = new SimpleStringProperty("");
    private final StringProperty pdfName = new SimpleStringProperty("");
    private final StringProperty xlsxName = new SimpleStringProperty("");
    private final StringProperty csvName = new SimpleStringProperty("");
    private final BooleanProperty pdf = new SimpleBooleanProperty(true);
    private final BooleanProperty xlsx = new SimpleBooleanProperty(true);
    private final BooleanProperty csv = new SimpleBooleanProperty(false);

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ObservableList<Written> written = FXCollections.observableArrayList();
    private final ObservableList<String> caveats = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    private final StringProperty firm = new SimpleStringProperty("");
    private final StringProperty consultant = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper logo = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper coverChanged = new ReadOnlyBooleanWrapper();
    private String storedFirm = "";
    private String storedConsultant = "";

    private TaskRunner.TaskHandle exportJob;
    private TaskItem exportItem;
    private CompletableFuture<Void> finished = CompletableFuture.completedFuture(null);
    /** Called on the job's thread once the report model is loaded, before any file is written (tests). */
    Consumer<ProgressMonitor> beforeWriting = m -> { };
    private String autoBase = "";
    /** The project and revisions last loaded: a reload is due when they differ from the session's. */
    private List<Object> loaded = List.of();
    private boolean showing;
    private boolean scheduled;
    private long generation;

    public ReportsViewModel(AppContext context) {
        this.context = context;
        this.session = context.session();
        this.messages = context.messages();
        for (Section s : Section.values()) {
            sections.put(s, new SimpleBooleanProperty(true));
        }
        for (String tag : COMMON_LOCALES) {
            locales.add(Locale.forLanguageTag(tag));
        }
        scenario.addListener((o, b, n) -> updateNames());
        firm.addListener((o, b, n) -> coverChanged.set(!same(firm.get(), storedFirm)
                || !same(consultant.get(), storedConsultant)));
        consultant.addListener((o, b, n) -> coverChanged.set(!same(firm.get(), storedFirm)
                || !same(consultant.get(), storedConsultant)));
        session.projectProperty().addListener((o, b, n) -> {
            written.clear();
            caveats.clear();
            status.set("");
            folder.set("");
            changed();
        });
        session.revision(Area.ASSESSMENT).addListener((o, b, n) -> changed());
        session.revision(Area.SETTINGS).addListener((o, b, n) -> changed());
    }

    private static boolean same(String a, String b) {
        return (a == null ? "" : a.strip()).equals(b == null ? "" : b.strip());
    }

    // ------------------------------------------------------------------ loading

    /** The view is on screen (or not): what changed meanwhile is read when it is. */
    public void setShowing(boolean on) {
        showing = on;
        changed();
    }

    private List<Object> snapshot() {
        return List.of(session.project() == null ? "none" : session.project(),
                session.revision(Area.ASSESSMENT).get(), session.revision(Area.SETTINGS).get());
    }

    private boolean stale() {
        return !snapshot().equals(loaded);
    }

    private void changed() {
        if (!showing || scheduled) {
            return;
        }
        // a project that opens changes every area at once: one reload for all of them
        scheduled = true;
        javafx.application.Platform.runLater(() -> {
            scheduled = false;
            if (showing && stale()) {
                reload();
            }
        });
    }

    /** Reads the scenarios and the cover settings. */
    public void reload() {
        loaded = snapshot();
        long mine = ++generation;
        if (!session.isOpen()) {
            scenarios.clear();
            scenario.set(null);
            return;
        }
        ProjectFile p = session.project();
        session.read(messages.get("reports.job.load"), m -> load(p), loaded -> {
            if (mine == generation) {
                apply(loaded);
            }
        }, context::fail);
    }

    private static Loaded load(ProjectFile p) {
        List<ScenarioInfo> infos = new ArrayList<>(p.assessments().scenarios());
        infos.sort(Comparator.comparing(ScenarioInfo::assessedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                .reversed().thenComparing(ScenarioInfo::name));
        Map<String, String> s = p.settings().all();
        return new Loaded(p.path(), infos.stream().map(ScenarioInfo::name).toList(), ReportExport.projectLocale(p),
                s.getOrDefault(ProjectSettings.FIRM, ""), s.getOrDefault(ProjectSettings.CONSULTANT, ""),
                p.settings().logo().map(ProjectSettings.Logo::fileName).orElse(""));
    }

    private void apply(Loaded l) {
        String keep = scenario.get();
        scenarios.setAll(l.scenarios());
        scenario.set(keep != null && l.scenarios().contains(keep) ? keep
                : l.scenarios().isEmpty() ? null : l.scenarios().get(0));
        if (!locales.contains(l.locale())) {
            locales.add(0, l.locale());
        }
        locale.set(l.locale());
        if (folder.get().isBlank()) {
            Path parent = l.project().toAbsolutePath().getParent();
            folder.set(parent == null ? "" : parent.toString());
        }
        projectName = l.project().getFileName().toString().replaceFirst("(?i)\\.mhub$", "");
        updateNames();
        storedFirm = l.firm();
        storedConsultant = l.consultant();
        firm.set(l.firm());
        consultant.set(l.consultant());
        coverChanged.set(false);
        logo.set(l.logo());
    }

    private String projectName = "report";

    /** NAME-SCENARIO.pdf and so on, unless the user named the files. */
    private void updateNames() {
        String base = safe(projectName + (scenario.get() == null ? "" : "-" + scenario.get()));
        if (pdfName.get().isBlank() || pdfName.get().equals(autoBase + ".pdf")) {
            pdfName.set(base + ".pdf");
        }
        if (xlsxName.get().isBlank() || xlsxName.get().equals(autoBase + ".xlsx")) {
            xlsxName.set(base + ".xlsx");
        }
        if (csvName.get().isBlank() || csvName.get().equals(autoBase + "-csv")) {
            csvName.set(base + "-csv");
        }
        autoBase = base;
    }

    /** A file name without the characters file systems refuse. */
    private static String safe(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
    }

    // ------------------------------------------------------------------ export

    /** Writes the report as chosen; the written files show when it ends. */
    public void export() {
        if (running.get()) {
            return;
        }
        ReportExport.Request request;
        try {
            request = request();
        } catch (IllegalArgumentException e) {
            context.fail(e);
            return;
        }
        written.clear();
        caveats.clear();
        status.set("");
        running.set(true);
        progress.set(-1);
        progressText.set(messages.get("reports.progress.start"));
        ProjectFile p = session.project();
        CompletableFuture<Void> done = new CompletableFuture<>();
        finished = done;
        Consumer<ProgressMonitor> hook = beforeWriting;
        String title = messages.get("reports.job.export", request.scenario());
        exportJob = session.read(title, m -> {
            try {
                long start = System.nanoTime();
                List<String> notes = Collections.synchronizedList(new ArrayList<>());
                ReportExport.export(p, session.assessmentService(), request, ReportExport.version(), m, c -> {
                    notes.addAll(c);
                    hook.accept(m);
                });
                return new Exported(request.targets(), List.copyOf(notes), (System.nanoTime() - start) / 1e9);
            } finally {
                done.complete(null);
            }
        }, this::exported, error -> {
            ended();
            context.fail(error);
        });
        exportItem = context.taskList().items().stream().filter(i -> i.title().equals(title)
                && i.stateProperty().get() == TaskItem.State.RUNNING).findFirst().orElse(null);
        if (exportItem != null) {
            progress.bind(exportItem.progressProperty());
            progressText.bind(exportItem.messageProperty());
            exportItem.stateProperty().addListener((o, b, n) -> {
                if (n == TaskItem.State.CANCELLED && running.get()) {
                    ended();
                    status.set(messages.get("reports.status.cancelled"));
                }
            });
        }
    }

    /** The request the inputs describe, checked. */
    ReportExport.Request request() {
        if (!session.isOpen()) {
            throw new IllegalArgumentException(messages.get("reports.error.noProject"));
        }
        String name = scenario.get();
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(messages.get(scenarios.isEmpty() ? "reports.error.noAssessment"
                    : "reports.error.noScenario"));
        }
        Set<Section> chosen = EnumSet.noneOf(Section.class);
        sections.forEach((s, on) -> {
            if (on.get()) {
                chosen.add(s);
            }
        });
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException(messages.get("reports.error.noSection"));
        }
        if (!pdf.get() && !xlsx.get() && !csv.get()) {
            throw new IllegalArgumentException(messages.get("reports.error.noOutput"));
        }
        Path dir;
        try {
            dir = folder.get() == null || folder.get().isBlank() ? null : Path.of(folder.get().strip());
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(messages.get("reports.error.badFolder", folder.get()));
        }
        if (dir == null) {
            throw new IllegalArgumentException(messages.get("reports.error.noFolder"));
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IllegalArgumentException(messages.get("reports.error.notFolder", dir));
        }
        if (Files.isDirectory(dir) && !Files.isWritable(dir)) {
            throw new IllegalArgumentException(messages.get("reports.error.readOnly", dir));
        }
        Path pdfPath = pdf.get() ? file(dir, pdfName.get(), ".pdf") : null;
        Path xlsxPath = xlsx.get() ? file(dir, xlsxName.get(), ".xlsx") : null;
        Path csvPath = csv.get() ? file(dir, csvName.get(), "") : null;
        ReportOptions options = new ReportOptions(locale.get() == null ? Locale.US : locale.get(), paper.get(), chosen);
        return new ReportExport.Request(name, options, pdfPath, xlsxPath, csvPath);
    }

    private Path file(Path dir, String name, String extension) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || !n.equals(safe(n)) || n.equals(".") || n.equals("..")) {
            throw new IllegalArgumentException(messages.get("reports.error.badName", name));
        }
        if (!extension.isEmpty() && !n.toLowerCase(Locale.ROOT).endsWith(extension)) {
            n = n + extension;
        }
        return dir.resolve(n);
    }

    private void exported(Exported e) {
        ended();
        Formats f = new Formats(context.messages().locale(), "USD");
        List<Written> rows = new ArrayList<>();
        for (Path p : e.written()) {
            String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
            String kind = name.endsWith(".pdf") ? "pdf" : name.endsWith(".xlsx") ? "xlsx" : "csv";
            String detail;
            try {
                detail = Files.isDirectory(p) ? messages.get("reports.written.folder")
                        : messages.get("reports.written.size", f.decimal(Files.size(p) / 1024.0));
            } catch (IOException x) {
                detail = "";
            }
            rows.add(new Written(p, kind, detail));
        }
        written.setAll(rows);
        caveats.setAll(e.caveats());
        status.set(messages.get("reports.status.done", rows.size(), f.decimal(e.seconds())));
    }

    private void ended() {
        running.set(false);
        progress.unbind();
        progressText.unbind();
        progress.set(0);
        progressText.set("");
        exportItem = null;
        exportJob = null;
    }

    /** Stops the export; nothing is written. */
    public void cancel() {
        if (exportJob != null) {
            exportJob.cancel();
        }
    }

    /** Completes when the last export's job has stopped, written or not (tests). */
    CompletableFuture<Void> finished() {
        return finished;
    }

    /** Opens a written file with the system's program. */
    public void open(Written w) {
        context.opener().accept(w.path());
    }

    /** Opens the folder a file was written to. */
    public void showInFolder(Written w) {
        Path parent = w.path().toAbsolutePath().getParent();
        context.opener().accept(parent == null ? w.path() : parent);
    }

    // ------------------------------------------------------------------ cover settings

    /** Stores the firm and the consultant as typed. */
    public void saveCover() {
        Map<String, String> now = Map.of(ProjectSettings.FIRM, firm.get().strip(), ProjectSettings.CONSULTANT,
                consultant.get().strip());
        Map<String, String> before = Map.of(ProjectSettings.FIRM, storedFirm, ProjectSettings.CONSULTANT,
                storedConsultant);
        if (now.equals(before)) {
            return;
        }
        String label = messages.get("reports.undo.cover");
        writeSettings(label, now, () -> context.undo().done(new UndoableEdit() {
            @Override
            public String label() {
                return label;
            }

            @Override
            public void undo() {
                writeSettings(label, before, () -> { });
            }

            @Override
            public void redo() {
                writeSettings(label, now, () -> { });
            }
        }));
    }

    /** Puts back what is stored. */
    public void revertCover() {
        firm.set(storedFirm);
        consultant.set(storedConsultant);
    }

    private void writeSettings(String title, Map<String, String> values, Runnable then) {
        try {
            session.write(title, m -> {
                session.project().settings().putAll(values);
                return null;
            }, x -> then.run(), context::fail, Area.SETTINGS);
        } catch (IllegalStateException e) {
            context.fail(new IllegalArgumentException(e.getMessage(), e));
        }
    }

    /** Reads {@code file} as the firm's logo and stores it (PNG or JPEG, at most 2 MB). */
    public void chooseLogo(Path file) {
        String label = messages.get("reports.undo.logo");
        try {
            session.write(label, m -> {
                ProjectSettings settings = session.project().settings();
                Optional<ProjectSettings.Logo> before = settings.logo();
                ProjectSettings.Logo image = CoverLogo.read(file);
                settings.putLogo(image);
                return new ProjectSettings.Logo[] {before.orElse(null), image};
            }, change -> context.undo().done(logoEdit(label, change[0], change[1])), context::fail, Area.SETTINGS);
        } catch (IllegalStateException e) {
            context.fail(new IllegalArgumentException(e.getMessage(), e));
        }
    }

    /** Removes the stored logo. */
    public void clearLogo() {
        String label = messages.get("reports.undo.clearLogo");
        try {
            session.write(label, m -> {
                ProjectSettings settings = session.project().settings();
                ProjectSettings.Logo before = settings.logo().orElse(null);
                settings.clearLogo();
                return Optional.ofNullable(before);
            }, before -> before.ifPresent(b -> context.undo().done(logoEdit(label, b, null))), context::fail,
                    Area.SETTINGS);
        } catch (IllegalStateException e) {
            context.fail(new IllegalArgumentException(e.getMessage(), e));
        }
    }

    private UndoableEdit logoEdit(String label, ProjectSettings.Logo before, ProjectSettings.Logo after) {
        return new UndoableEdit() {
            @Override
            public String label() {
                return label;
            }

            @Override
            public void undo() {
                putLogo(before);
            }

            @Override
            public void redo() {
                putLogo(after);
            }
        };
    }

    private void putLogo(ProjectSettings.Logo image) {
        try {
            session.write(messages.get("reports.undo.logo"), m -> {
                if (image == null) {
                    session.project().settings().clearLogo();
                } else {
                    session.project().settings().putLogo(image);
                }
                return null;
            }, x -> { }, context::fail, Area.SETTINGS);
        } catch (IllegalStateException e) {
            context.fail(new IllegalArgumentException(e.getMessage(), e));
        }
    }

    // ------------------------------------------------------------------ what the view binds to

    public ObservableList<String> scenarios() {
        return scenarios;
    }

    public ObjectProperty<String> scenarioProperty() {
        return scenario;
    }

    /** Each section's check box, in the report's order. */
    public Map<Section, BooleanProperty> sections() {
        return sections;
    }

    /** Ticks every section, or none. */
    public void allSections(boolean on) {
        sections.values().forEach(p -> p.set(on));
    }

    public ObservableList<Locale> locales() {
        return locales;
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public ObjectProperty<ReportOptions.Paper> paperProperty() {
        return paper;
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public StringProperty pdfNameProperty() {
        return pdfName;
    }

    public StringProperty xlsxNameProperty() {
        return xlsxName;
    }

    public StringProperty csvNameProperty() {
        return csvName;
    }

    public BooleanProperty pdfProperty() {
        return pdf;
    }

    public BooleanProperty xlsxProperty() {
        return xlsx;
    }

    public BooleanProperty csvProperty() {
        return csv;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The export's progress, 0 to 1, or -1 when not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** The files the last export wrote. */
    public ObservableList<Written> written() {
        return written;
    }

    /** What the report's data says of itself (the inventory changed since the assessment, ...). */
    public ObservableList<String> caveats() {
        return caveats;
    }

    /** How the last export ended, in a line. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public StringProperty firmProperty() {
        return firm;
    }

    public StringProperty consultantProperty() {
        return consultant;
    }

    /** The stored logo's file name, or "". */
    public ReadOnlyStringProperty logoProperty() {
        return logo.getReadOnlyProperty();
    }

    /** Whether the firm or consultant typed differ from what is stored. */
    public ReadOnlyBooleanProperty coverChangedProperty() {
        return coverChanged.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return session.busyProperty();
    }

    public Messages messages() {
        return messages;
    }
}
