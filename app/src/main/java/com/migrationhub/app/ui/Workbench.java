package com.migrationhub.app.ui;

import com.migrationhub.app.ui.edit.UndoManager;
import com.migrationhub.app.ui.error.ErrorPresenter;
import com.migrationhub.app.ui.i18n.Messages;
import com.migrationhub.app.ui.project.ProjectSession;
import com.migrationhub.app.ui.settings.UserSettings;
import com.migrationhub.app.ui.shell.MainWindow;
import com.migrationhub.app.ui.shell.ShellViewModel;
import com.migrationhub.app.ui.shell.Themes;
import com.migrationhub.app.ui.shell.Views;
import com.migrationhub.app.ui.task.FxTaskRunner;
import com.migrationhub.app.ui.task.TaskList;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The JavaFX workbench. Started by {@link WorkbenchLauncher} with what to open: a project file,
 * the sample engagement, or nothing (the welcome page).
 */
public final class Workbench extends Application {
    private static volatile WorkbenchLauncher.Start start = WorkbenchLauncher.Start.welcome();

    private UserSettings settings;
    private FxTaskRunner runner;
    private ProjectSession session;
    private ShellViewModel shell;
    private Stage stage;

    static void startWith(WorkbenchLauncher.Start s) {
        start = s;
    }

    @Override
    public void start(Stage primary) {
        this.stage = primary;
        settings = UserSettings.load();
        Messages messages = new Messages(settings.locale());
        TaskList taskList = new TaskList();
        runner = new FxTaskRunner(taskList);
        session = new ProjectSession(runner);
        ErrorPresenter errors = new ErrorPresenter(messages);
        errors.setOwner(primary);
        AppContext context = new AppContext(session, taskList, runner, messages, errors, new UndoManager(), settings,
                WorkbenchLauncher::openWithSystem, () -> primary);
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> Platform.runLater(() -> errors.show(e)));

        Themes.apply(settings.theme());
        shell = new ShellViewModel(context);
        MainWindow window = new MainWindow(context, shell, Views.all(), theme -> {
            settings.setTheme(theme);
            Themes.apply(theme);
            shell.saveSettings();
        }, this::quit);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        UserSettings.WindowBounds b = settings.window().filter(w -> fits(w, screen))
                .orElse(new UserSettings.WindowBounds(screen.getMinX() + 40, screen.getMinY() + 30,
                        Math.min(1440, screen.getWidth() - 80), Math.min(900, screen.getHeight() - 60), false));
        if (System.getProperty(com.migrationhub.app.ui.shell.AutoPilot.SCREENSHOTS) != null) {
            // the same size on every run, so the README's pictures stay comparable
            b = new UserSettings.WindowBounds(0, 0, 1440, 900, false);
        }
        Scene scene = new Scene(window, b.width(), b.height());
        scene.getStylesheets().add(Themes.workbenchCss());
        primary.setScene(scene);
        primary.setX(b.x());
        primary.setY(b.y());
        primary.setMaximized(b.maximized());
        primary.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            String t = session.titleBinding().get();
            return t.isEmpty() ? messages.get("shell.title") : messages.get("shell.titleWith", t);
        }, session.titleBinding()));
        primary.setOnCloseRequest(e -> {
            e.consume();
            quit();
        });
        primary.show();

        WorkbenchLauncher.Start s = start;
        if (com.migrationhub.app.ui.shell.AutoPilot.wanted()) {
            com.migrationhub.app.ui.shell.AutoPilot.start(window, taskList, scene, theme -> {
                Themes.apply(theme);
            }, () -> {
                runner.close();
                session.close();
                Platform.exit();
            }, s.sample() != null || s.project() != null);
        }
        if (s.sample() != null) {
            shell.openSample(s.sample(), () -> { });
        } else if (s.project() != null) {
            shell.open(s.project(), () -> { });
        }
    }

    private static boolean fits(UserSettings.WindowBounds w, Rectangle2D screen) {
        return !Screen.getScreensForRectangle(w.x(), w.y(), Math.min(w.width(), 100), Math.min(w.height(), 100))
                .isEmpty() && w.width() <= screen.getWidth() + 50;
    }

    /** Asks before cancelling running work; saves the window's place; closes the project. */
    private void quit() {
        List<String> running = shell.runningJobs();
        if (!running.isEmpty()) {
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION, String.join("\n", running), ButtonType.OK,
                    ButtonType.CANCEL);
            ask.initOwner(stage);
            ask.setHeaderText(shell.session() == null ? null
                    : new Messages(settings.locale()).get("shell.quit.running", running.size()));
            if (ask.showAndWait().filter(r -> r == ButtonType.OK).isEmpty()) {
                return;
            }
        }
        settings.setWindow(new UserSettings.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight(), stage.isMaximized()));
        shell.saveSettings();
        runner.close();
        session.close();
        Platform.exit();
    }

    @Override
    public void stop() {
        if (session != null && session.isOpen()) {
            session.close();
        }
    }

}
