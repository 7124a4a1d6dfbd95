package com.migrationhub.app.ui;

import com.migrationhub.app.cli.Cli;
import com.migrationhub.app.ui.edit.UndoManager;
import com.migrationhub.app.ui.error.ErrorPresenter;
import com.migrationhub.app.ui.error.Problem;
import com.migrationhub.app.ui.i18n.Messages;
import com.migrationhub.app.ui.project.ProjectSession;
import com.migrationhub.app.ui.settings.UserSettings;
import com.migrationhub.app.ui.task.FxTaskRunner;
import com.migrationhub.app.ui.task.TaskList;
import com.migrationhub.app.ui.task.TaskRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the workbench's tests share: the sample engagement as a real project file (built once per
 * test run with {@code mhub sample}, then copied for each test, so a test may write to its copy),
 * and a real {@link AppContext} whose error presenter records problems instead of showing dialogs.
 */
public final class Fixtures {
    private static Path sample;

    private Fixtures() {
    }

    /** The repository's root folder. */
    public static Path root() {
        String r = System.getProperty("mhub.root");
        return r != null ? Path.of(r) : Path.of("..").toAbsolutePath().normalize();
    }

    /** A fresh copy of the sample engagement's project (imported, assessed as "sample", waves planned) in {@code dir}. */
    public static synchronized Path sampleProject(Path dir) {
        try {
            if (sample == null) {
                Path build = Path.of("target", "test-sample");
                Files.createDirectories(build);
                Path file = build.resolve("sample-engagement.mhub");
                Files.deleteIfExists(file);
                StringWriter out = new StringWriter();
                StringWriter err = new StringWriter();
                int code = Cli.run(new PrintWriter(out), new PrintWriter(err), "sample", "-p", file.toString(),
                        "--from", root().resolve("samples/engagement").toString());
                if (code != 0) {
                    throw new IllegalStateException("mhub sample failed: " + err);
                }
                sample = file;
            }
            Path copy = dir.resolve("sample-engagement.mhub");
            Files.copy(sample, copy);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A context for tests: real jobs on background threads, problems recorded in {@link TestContext#problems()}. */
    public static TestContext context(Path settingsDir) {
        TaskList list = new TaskList();
        FxTaskRunner runner = new FxTaskRunner(list);
        return context(settingsDir, list, runner);
    }

    public static TestContext context(Path settingsDir, TaskList list, TaskRunner runner) {
        if (javafx.application.Platform.isFxApplicationThread()) {
            // the theme the workbench runs with: the views' styles use its colours
            com.migrationhub.app.ui.shell.Themes.apply(UserSettings.Theme.LIGHT);
        }
        Messages messages = new Messages(Locale.US);
        List<Problem> problems = new ArrayList<>();
        ErrorPresenter errors = ErrorPresenter.recording(messages, problems::add);
        List<Path> opened = new ArrayList<>();
        AppContext context = new AppContext(new ProjectSession(runner), list, runner, messages, errors,
                new UndoManager(), UserSettings.load(settingsDir.resolve("workbench.properties")), opened::add,
                () -> null);
        return new TestContext(context, problems, opened);
    }

    /** Waits (up to {@code seconds}) until {@code condition} holds, checking it on the FX thread. */
    public static void waitUntil(int seconds, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("not reached within " + seconds + " s", e);
        }
    }

    /** The context, the problems it showed, and the files it asked the system to open. */
    public record TestContext(AppContext context, List<Problem> problems, List<Path> opened) {
    }
}
