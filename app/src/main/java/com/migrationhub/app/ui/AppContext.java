package com.migrationhub.app.ui;

import com.migrationhub.app.ui.edit.UndoManager;
import com.migrationhub.app.ui.error.ErrorPresenter;
import com.migrationhub.app.ui.i18n.Messages;
import com.migrationhub.app.ui.project.ProjectSession;
import com.migrationhub.app.ui.settings.UserSettings;
import com.migrationhub.app.ui.task.TaskList;
import com.migrationhub.app.ui.task.TaskRunner;
import java.util.function.Consumer;
import javafx.stage.Window;

/**
 * What every view model is given: the open project and its engines, the task runner and task
 * list, the words, the error presenter, the undo history, the user's settings, and how to open
 * a file with the system's program. Passed by constructor; no static state.
 */
public record AppContext(ProjectSession session, TaskList taskList, TaskRunner tasks, Messages messages,
        ErrorPresenter errors, UndoManager undo, UserSettings settings, Consumer<java.nio.file.Path> opener,
        java.util.function.Supplier<Window> window) {

    /** Shows a problem from a job or a command. */
    public void fail(Throwable error) {
        errors.show(error);
    }
}
