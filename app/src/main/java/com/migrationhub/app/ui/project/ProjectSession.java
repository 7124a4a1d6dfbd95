package com.migrationhub.app.ui.project;

import com.migrationhub.app.ui.task.Job;
import com.migrationhub.app.ui.task.TaskRunner;
import com.migrationhub.domain.assessment.AssessmentService;
import com.migrationhub.domain.catalog.CatalogContent;
import com.migrationhub.domain.catalog.CatalogFiles;
import com.migrationhub.domain.inventory.ImportService;
import com.migrationhub.domain.store.ProjectFile;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleLongProperty;

/**
 * The open project and what the views share about it: the project file, the engines over it, a
 * revision counter per area that a view watches to know when to reload, and the rule that only
 * one job writes to the project at a time (the project file has one connection, and an import's
 * transaction must not swallow an edit made while it runs). Touched on the FX thread only; jobs
 * run through the {@link TaskRunner}.
 */
public final class ProjectSession {
    /** What a write changed, so that only the views that show it reload. */
    public enum Area { INVENTORY, ASSESSMENT, DEPENDENCIES, WAVES, SETTINGS }

    private final TaskRunner tasks;
    private final ReadOnlyObjectWrapper<ProjectFile> project = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper writing = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final Map<Area, LongProperty> revisions = new EnumMap<>(Area.class);
    private ImportService importService;
    private CatalogContent catalog;
    private AssessmentService assessmentService;

    public ProjectSession(TaskRunner tasks) {
        this.tasks = tasks;
        for (Area a : Area.values()) {
            revisions.put(a, new SimpleLongProperty());
        }
        busy.bind(writing.isNotNull());
    }

    public TaskRunner tasks() {
        return tasks;
    }

    /** The open project, or null. */
    public ReadOnlyObjectProperty<ProjectFile> projectProperty() {
        return project.getReadOnlyProperty();
    }

    public ProjectFile project() {
        return project.get();
    }

    public boolean isOpen() {
        return project.get() != null;
    }

    /** Makes {@code file} the open project, closing the one before; every view reloads. */
    public void setProject(ProjectFile file) {
        ProjectFile before = project.get();
        project.set(file);
        if (before != null && before != file) {
            before.close();
        }
        for (Area a : Area.values()) {
            changed(a);
        }
    }

    /** Closes the open project, if any. */
    public void close() {
        setProject(null);
    }

    /** Increases when {@code area} changed: a view listens and reloads what it shows. */
    public ReadOnlyLongProperty revision(Area area) {
        return revisions.get(area);
    }

    /** Tells the views that {@code area} changed. FX thread. */
    public void changed(Area area) {
        LongProperty r = revisions.get(area);
        r.set(r.get() + 1);
    }

    /** Whether a job is writing to the project now; commands that write are disabled meanwhile. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The title of the job writing now, or null. */
    public ReadOnlyStringProperty writingProperty() {
        return writing.getReadOnlyProperty();
    }

    /** "Client: engagement" of the open project, or empty. */
    public StringBinding titleBinding() {
        return Bindings.createStringBinding(() -> {
            ProjectFile p = project.get();
            return p == null ? "" : p.settings().get(com.migrationhub.domain.store.ProjectSettings.CLIENT).orElse("") + ": "
                    + p.settings().get(com.migrationhub.domain.store.ProjectSettings.ENGAGEMENT).orElse("");
        }, project, revision(Area.SETTINGS));
    }

    /**
     * Runs a job that writes to the project, one at a time: while it runs, {@link #busyProperty()}
     * is true and a second write is refused with {@link ProjectBusyException}. When it succeeds,
     * the views of {@code changes} reload, then {@code onSuccess} runs.
     */
    public <T> TaskRunner.TaskHandle write(String title, Job<T> job, Consumer<? super T> onSuccess,
            Consumer<Throwable> onFailure, Area... changes) {
        if (writing.get() != null) {
            throw new ProjectBusyException("'" + writing.get() + "' is still writing to the project; "
                    + "wait until it ends, or cancel it in the task list");
        }
        requireOpen();
        writing.set(title);
        return tasks.submit(title, job, value -> {
            writing.set(null);
            for (Area a : changes) {
                changed(a);
            }
            onSuccess.accept(value);
        }, error -> {
            writing.set(null);
            // a failed write may still have committed part of its work (an import's earlier files)
            for (Area a : changes) {
                changed(a);
            }
            onFailure.accept(error);
        });
    }

    /** Runs a job that only reads the project. */
    public <T> TaskRunner.TaskHandle read(String title, Job<T> job, Consumer<? super T> onSuccess,
            Consumer<Throwable> onFailure) {
        requireOpen();
        return tasks.submit(title, job, onSuccess, onFailure);
    }

    private void requireOpen() {
        if (project.get() == null) {
            throw new IllegalStateException("no project is open");
        }
    }

    /** The importers on the class path. */
    public synchronized ImportService importService() {
        if (importService == null) {
            importService = ImportService.withInstalledImporters();
        }
        return importService;
    }

    /** The shipped price catalog; read once, on first use (call it from a job: it takes a moment). */
    public synchronized CatalogContent catalog() {
        if (catalog == null) {
            catalog = CatalogFiles.readShipped();
        }
        return catalog;
    }

    /** The assessment engines over the shipped catalog and rules; built on first use (from a job). */
    public synchronized AssessmentService assessmentService() {
        if (assessmentService == null) {
            assessmentService = AssessmentService.withShippedRules(catalog());
        }
        return assessmentService;
    }
}
