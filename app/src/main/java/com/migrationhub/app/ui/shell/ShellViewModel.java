package com.migrationhub.app.ui.shell;

import com.migrationhub.app.cli.Cli;
import com.migrationhub.app.ui.AppContext;
import com.migrationhub.app.ui.project.ProjectSession;
import com.migrationhub.domain.store.ProjectFile;
import com.migrationhub.domain.store.ProjectFileException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The shell's state and commands: which project is open, the recent projects, the status line;
 * new, open, save as, close, and preparing the sample engagement. Opening and creating run as
 * jobs: a project file may need its schema migrated, and the sample takes a while to build.
 */
public final class ShellViewModel {
    private final AppContext context;
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public ShellViewModel(AppContext context) {
        this.context = context;
        recent.setAll(context.settings().recentProjects());
    }

    public ProjectSession session() {
        return context.session();
    }

    /** The projects opened last, newest first. */
    public ObservableList<Path> recentProjects() {
        return recent;
    }

    /** The status bar's message. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public void setStatus(String text) {
        status.set(text == null ? "" : text);
    }

    /** Opens {@code file} in a job; the project before it is closed when the new one is open. */
    public void open(Path file, Runnable then) {
        context.tasks().submit(context.messages().get("shell.task.open", file.getFileName()), m -> {
            m.progress(-1, -1, file.toString());
            return ProjectFile.open(file);
        }, project -> opened(project, then), error -> {
            if (error instanceof ProjectFileException p && p.reason() == ProjectFileException.Reason.NOT_FOUND) {
                forget(file);
            }
            context.fail(error);
        });
    }

    /** Creates a new, empty project. */
    public void create(Path file, String client, String engagement, Runnable then) {
        if (client == null || client.isBlank() || engagement == null || engagement.isBlank()) {
            context.fail(new IllegalArgumentException(context.messages().get("shell.new.missing")));
            return;
        }
        context.tasks().submit(context.messages().get("shell.task.new", file.getFileName()),
                m -> ProjectFile.create(file, client.strip(), engagement.strip()), project -> opened(project, then),
                context::fail);
    }

    /**
     * Copies the open project to {@code target} and continues in the copy. The project file is
     * closed for the copy (it is a database file: copying it open could copy half a write), then
     * the copy is opened.
     */
    public void saveAs(Path target, Runnable then) {
        ProjectFile current = context.session().project();
        if (current == null) {
            return;
        }
        Path source = current.path();
        if (source.toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize())) {
            return;
        }
        context.session().close();
        context.undo().clear();
        context.tasks().submit(context.messages().get("shell.task.saveAs", target.getFileName()), m -> {
            Path dir = target.toAbsolutePath().getParent();
            Path tmp = Files.createTempFile(dir, ".mhub-copy", ".tmp");
            try {
                Files.copy(source, tmp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
            return ProjectFile.open(target);
        }, project -> opened(project, then), error -> {
            context.fail(error);
            // go on with the original, as it was
            open(source, () -> { });
        });
    }

    public void close() {
        context.session().close();
        context.undo().clear();
        setStatus("");
    }

    /**
     * Opens the sample engagement at {@code file}: builds it first with {@code mhub sample} (import,
     * dependencies, assessment, waves, report) when it is not there yet.
     */
    public void openSample(Path file, Runnable then) {
        if (Files.isRegularFile(file)) {
            open(file, then);
            return;
        }
        context.tasks().submit(context.messages().get("shell.task.sample"), m -> {
            m.progress(-1, -1, context.messages().get("shell.task.sample.detail"));
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Cli.run(new PrintWriter(out), new PrintWriter(err), "sample", "-p", file.toString());
            if (code != 0) {
                String text = err.toString().strip();
                throw new IOException(text.isEmpty() ? "mhub sample failed (exit " + code + ")" : text);
            }
            return ProjectFile.open(file);
        }, project -> opened(project, then), context::fail);
    }

    private void opened(ProjectFile project, Runnable then) {
        context.undo().clear();
        context.session().setProject(project);
        context.settings().addRecent(project.path());
        recent.setAll(context.settings().recentProjects());
        saveSettings();
        setStatus(context.messages().get("shell.status.opened", project.path()));
        then.run();
    }

    private void forget(Path file) {
        context.settings().removeRecent(file);
        recent.setAll(context.settings().recentProjects());
        saveSettings();
    }

    /** Saves the user's settings; a failure is shown, never fatal. */
    public void saveSettings() {
        try {
            context.settings().save();
        } catch (IOException e) {
            setStatus(context.messages().get("shell.status.settingsNotSaved", e.getMessage()));
        }
    }

    /** Whether quitting now would cancel work: the titles of the running jobs. */
    public List<String> runningJobs() {
        return context.taskList().items().stream()
                .filter(i -> i.stateProperty().get() == com.migrationhub.app.ui.task.TaskItem.State.RUNNING)
                .map(com.migrationhub.app.ui.task.TaskItem::title).toList();
    }

    /** Runs {@code action} with the project, when one is open. */
    public void withProject(Consumer<ProjectFile> action) {
        ProjectFile p = context.session().project();
        if (p != null) {
            action.accept(p);
        }
    }
}
