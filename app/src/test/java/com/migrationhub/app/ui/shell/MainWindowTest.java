package com.migrationhub.app.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrationhub.app.ui.Fixtures;
import com.migrationhub.app.ui.settings.UserSettings;
import com.migrationhub.app.ui.task.TaskItem;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    static Path dir;

    private Fixtures.TestContext test;
    private ShellViewModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path settings = Files.createTempDirectory(dir, "settings");
        test = Fixtures.context(settings);
        model = new ShellViewModel(test.context());
        window = new MainWindow(test.context(), model, Views.all(), t -> { }, () -> { });
        stage.setScene(new Scene(window, 1200, 800));
        stage.show();
    }

    @Test
    void opensAProjectShowsEveryViewAndRemembersIt(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#welcome").tryQuery()).isPresent();
        Path project = Fixtures.sampleProject(Files.createTempDirectory(dir, "p"));
        robot.interact(() -> model.open(project, () -> { }));
        Fixtures.waitUntil(30, () -> test.context().session().isOpen());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#welcome").tryQuery()).isEmpty();
        assertThat(window.currentView()).isEqualTo("dashboard");
        for (String id : window.viewIds()) {
            robot.clickOn("#nav-" + id);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(window.currentView()).isEqualTo(id);
            assertThat(robot.lookup("#nav-" + id).queryAs(ToggleButton.class).isSelected()).isTrue();
        }
        // the opening job is in the task list, done; the project is first among the recent ones
        assertThat(test.context().taskList().items()).anySatisfy(i -> {
            assertThat(i.title()).contains("sample-engagement.mhub");
            assertThat(i.stateProperty().get()).isEqualTo(TaskItem.State.SUCCEEDED);
        });
        assertThat(UserSettings.load(test.context().settings().file()).recentProjects())
                .first().isEqualTo(project.toAbsolutePath().normalize());
        assertThat(test.problems()).isEmpty();

        robot.interact(model::close);
        assertThat(robot.lookup("#welcome").tryQuery()).isPresent();
        assertThat(test.context().session().isOpen()).isFalse();
    }

    @Test
    void aMissingProjectIsOneClearMessageAndLeavesTheRecentList(FxRobot robot) throws Exception {
        Path missing = dir.resolve("nowhere.mhub");
        robot.interact(() -> model.open(missing, () -> { }));
        Fixtures.waitUntil(20, () -> !test.problems().isEmpty());
        assertThat(test.problems().get(0).message()).contains("nowhere.mhub").doesNotContain("\n")
                .doesNotContain("Exception");
        assertThat(test.problems().get(0).expected()).isTrue();
        assertThat(test.context().session().isOpen()).isFalse();
    }

    @Test
    void aNewProjectNeedsClientAndEngagement(FxRobot robot) throws Exception {
        Path file = dir.resolve("acme.mhub");
        robot.interact(() -> model.create(file, " ", "Readiness", () -> { }));
        assertThat(test.problems()).singleElement().satisfies(p ->
                assertThat(p.message()).contains("client"));
        robot.interact(() -> model.create(file, "ACME", "Readiness", () -> { }));
        Fixtures.waitUntil(20, () -> test.context().session().isOpen());
        assertThat(Files.isRegularFile(file)).isTrue();
        assertThat(test.context().session().titleBinding().get()).isEqualTo("ACME: Readiness");
        robot.interact(model::close);
    }
}
