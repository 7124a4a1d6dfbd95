package com.migrationhub.app.ui.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrationhub.app.cli.Cli;
import com.migrationhub.app.ui.Fixtures;
import com.migrationhub.domain.store.ProjectFile;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Import view in a window, with jobs on background threads, over a new empty project. */
@ExtendWith(ApplicationExtension.class)
class ImportViewTest {
    private static final Path SAMPLES = Fixtures.root().resolve("samples/engagement");

    @TempDir
    static Path dir;

    private Fixtures.TestContext test;
    private ImportView view;
    private Path projectPath;

    @Start
    void start(Stage stage) throws Exception {
        Path work = Files.createTempDirectory(dir, "t");
        test = Fixtures.context(Files.createDirectory(work.resolve("settings")));
        projectPath = work.resolve("acme.mhub");
        test.context().session().setProject(ProjectFile.create(projectPath, "ACME", "Readiness"));
        view = new ImportView(test.context());
        stage.setScene(new Scene((javafx.scene.Parent) view.node(), 1240, 800));
        stage.show();
        view.shown();
    }

    @Test
    void importsADroppedWorkbookShowsTheReportAndTheHistory(FxRobot robot) throws Exception {
        ImportViewModel model = view.model();
        assertThat(robot.lookup("#importer-import").queryAs(Button.class).isDisabled()).isTrue();
        robot.interact(() -> model.drop(List.of(SAMPLES.resolve("contoso-rvtools.xlsx").toFile())));
        Fixtures.waitUntil(60, () -> model.files().get(0).state() == PendingFile.State.READY);
        assertThat(robot.lookup("#importer-sample").queryAs(TableView.class).getItems()).isNotEmpty();
        assertThat(robot.lookup("#importer-preview-summary").queryAs(Label.class).getText()).contains("300 servers");
        assertThat(robot.lookup("#importer-import").queryAs(Button.class).isDisabled()).isFalse();

        robot.clickOn("#importer-import");
        Fixtures.waitUntil(120, () -> model.outcomeProperty().get() == ImportViewModel.Outcome.COMPLETE
                && model.history().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(test.problems()).isEmpty();
        assertThat(robot.lookup("#importer-outcome").query().isVisible()).isTrue();
        assertThat(robot.lookup("#importer-outcome-text").queryAs(Label.class).getText()).contains("297 servers added");
        assertThat(robot.lookup("#importer-history").queryAs(TableView.class).getItems()).hasSize(1);
        assertThat(robot.lookup("#importer-files").queryAs(TableView.class).getItems()).isEmpty();

        robot.interact(() -> test.context().session().close());
        try (ProjectFile reopened = ProjectFile.open(projectPath)) {
            assertThat(reopened.inventory().summary().servers()).isEqualTo(297);
            assertThat(reopened.inventory().imports()).hasSize(1);
        }
    }

    @Test
    void cancellingAnImportLeavesTheProjectAsItWas(FxRobot robot) throws Exception {
        ImportViewModel model = view.model();
        Path big = Files.createTempDirectory(dir, "big");
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "generate", "--out",
                big.toString(), "--vms", "20000", "--formats", "azure-migrate");
        assertThat(code).as(err.toString()).isZero();
        Path file;
        try (var s = Files.list(big)) {
            file = s.filter(p -> p.toString().endsWith(".csv")).findFirst().orElseThrow();
        }
        robot.interact(() -> model.addFiles(List.of(file)));
        robot.clickOn("#importer-import");
        Fixtures.waitUntil(60, () -> model.progressTextProperty().get().contains("row")
                || !model.runningProperty().get());
        assertThat(model.runningProperty().get()).as("the import was still running when cancelled").isTrue();
        assertThat(robot.lookup("#importer-cancel").query().isVisible()).isTrue();
        robot.clickOn("#importer-cancel");
        Fixtures.waitUntil(60, () -> !model.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.outcomeProperty().get()).isEqualTo(ImportViewModel.Outcome.CANCELLED);
        assertThat(test.problems()).isEmpty();
        assertThat(test.context().session().busyProperty().get()).isFalse();
        assertThat(model.files()).hasSize(1);
        assertThat(model.history()).isEmpty();
        robot.interact(() -> test.context().session().close());
        try (ProjectFile reopened = ProjectFile.open(projectPath)) {
            assertThat(reopened.inventory().summary().servers()).isZero();
            assertThat(reopened.inventory().imports()).isEmpty();
        }
    }

    @Test
    void anUndetectableFileAsksForAFormatInsteadOfImporting(FxRobot robot) throws Exception {
        ImportViewModel model = view.model();
        Path garbage = dir.resolve("notes.csv");
        Files.writeString(garbage, "just,some\nnotes,here\n");
        robot.interact(() -> model.addFiles(List.of(garbage)));
        Fixtures.waitUntil(30, () -> model.files().get(0).state() == PendingFile.State.PROBLEM);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#importer-import").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#importer-hint").queryAs(Label.class).getText()).contains("notes.csv");
        assertThat(robot.lookup("#importer-preview-problem").queryAs(Label.class).getText())
                .startsWith("notes.csv").contains("not a recognized inventory export").doesNotContain("--format");
        assertThat(robot.lookup("#importer-format-0").tryQuery()).isPresent();
        assertThat(test.context().session().project().inventory().summary().servers()).isZero();
    }
}
