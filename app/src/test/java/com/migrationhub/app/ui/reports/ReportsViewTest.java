package com.migrationhub.app.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrationhub.app.cli.Cli;
import com.migrationhub.app.ui.Fixtures;
import com.migrationhub.app.ui.project.ProjectSession;
import com.migrationhub.domain.catalog.Cloud;
import com.migrationhub.domain.store.ProjectFile;
import com.migrationhub.domain.store.ProjectSettings;
import com.migrationhub.reports.Section;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ReportsViewTest {
    @TempDir
    static Path dir;

    private Fixtures.TestContext test;
    private ReportsView view;

    @Start
    void start(Stage stage) throws Exception {
        test = Fixtures.context(Files.createTempDirectory(dir, "settings"));
        view = new ReportsView(test.context());
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(new StackPane(view.node()), 1200, 780);
        scene.getStylesheets().add(getClass().getResource("/com/migrationhub/app/ui/workbench.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private ReportsViewModel openSample(FxRobot robot, Path project) {
        ProjectSession session = test.context().session();
        robot.interact(() -> session.setProject(open(project)));
        ReportsViewModel model = view.model();
        Fixtures.waitUntil(30, () -> "sample".equals(model.scenarioProperty().get()));
        return model;
    }

    /** Cents per "cloud region" as {@code mhub assessment totals --format json} prints them. */
    private static Map<String, Long> cliTotals(Path project) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), "assessment", "totals", "-p", project.toString(),
                "--scenario", "sample", "--format", "json");
        assertThat(code).as(err.toString()).isZero();
        Map<String, Long> sums = new TreeMap<>();
        Matcher object = Pattern.compile("\\{[^{}]*\\}").matcher(out.toString());
        while (object.find()) {
            String o = object.group();
            sums.merge(Cloud.parse(field(o, "cloud")).label() + " " + field(o, "region"),
                    new BigDecimal(field(o, "total")).movePointRight(2).longValueExact(), Long::sum);
        }
        assertThat(sums).isNotEmpty();
        return sums;
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        assertThat(m.find()).as(name + " in " + json).isTrue();
        return m.group(1);
    }

    /** The Summary sheet's per-cloud table: "Cloud Region" to the Total column, in cents. */
    private static Map<String, Long> summaryTotals(Path xlsx) throws Exception {
        Map<String, Long> totals = new TreeMap<>();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet summary = book.getSheet("Summary");
            assertThat(summary).isNotNull();
            int headerRow = -1;
            int totalCol = -1;
            for (Row row : summary) {
                Cell first = row.getCell(0);
                Cell second = row.getCell(1);
                if (first != null && second != null && first.getCellType() == CellType.STRING
                        && second.getCellType() == CellType.STRING && "Cloud".equals(first.getStringCellValue())
                        && "Region".equals(second.getStringCellValue())) {
                    headerRow = row.getRowNum();
                    for (Cell c : row) {
                        if (c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith("Total")) {
                            totalCol = c.getColumnIndex();
                            break;
                        }
                    }
                    break;
                }
            }
            assertThat(headerRow).as("the per-cloud table").isNotNegative();
            assertThat(totalCol).isPositive();
            for (int r = headerRow + 1; r <= summary.getLastRowNum(); r++) {
                Row row = summary.getRow(r);
                if (row == null || row.getCell(0) == null || row.getCell(0).getCellType() != CellType.STRING
                        || row.getCell(totalCol) == null || row.getCell(totalCol).getCellType() != CellType.NUMERIC) {
                    break;
                }
                totals.put(row.getCell(0).getStringCellValue() + " " + row.getCell(1).getStringCellValue(),
                        BigDecimal.valueOf(row.getCell(totalCol).getNumericCellValue()).movePointRight(2).longValue());
            }
        }
        return totals;
    }

    private static List<Path> filesIn(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.toList();
        }
    }

    @Test
    void exportsThePdfAndTheWorkbookOfTheSampleAndOpensThem(FxRobot robot) throws Exception {
        Path project = Fixtures.sampleProject(Files.createTempDirectory(dir, "p"));
        Map<String, Long> expected = cliTotals(project);
        ReportsViewModel model = openSample(robot, project);
        // defaults: beside the project, named after it and the scenario, every section
        assertThat(model.folderProperty().get()).isEqualTo(project.toAbsolutePath().getParent().toString());
        assertThat(model.pdfNameProperty().get()).isEqualTo("sample-engagement-sample.pdf");
        assertThat(model.sections().values()).allMatch(p -> p.get());
        Path out = Files.createTempDirectory(dir, "out");
        robot.interact(() -> model.folderProperty().set(out.toString()));
        robot.clickOn("#reports-export");
        Fixtures.waitUntil(120, () -> !model.runningProperty().get());
        assertThat(test.problems()).isEmpty();
        Fixtures.waitUntil(10, () -> model.written().size() == 2);

        Path pdf = out.resolve("sample-engagement-sample.pdf");
        Path xlsx = out.resolve("sample-engagement-sample.xlsx");
        assertThat(filesIn(out)).containsExactlyInAnyOrder(pdf, xlsx);
        byte[] head = new byte[5];
        try (InputStream in = Files.newInputStream(pdf)) {
            assertThat(in.read(head)).isEqualTo(5);
        }
        assertThat(new String(head, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(Files.size(pdf)).isGreaterThan(20_000);
        assertThat(summaryTotals(xlsx)).isEqualTo(expected);

        robot.clickOn("#reports-open-pdf");
        assertThat(test.opened()).containsExactly(pdf);
        robot.clickOn("#reports-show-xlsx");
        assertThat(test.opened()).containsExactly(pdf, out);
        robot.interact(test.context().session()::close);
    }

    @Test
    void cancellingLeavesNoFileBehind(FxRobot robot) throws Exception {
        Path project = Fixtures.sampleProject(Files.createTempDirectory(dir, "p"));
        ReportsViewModel model = openSample(robot, project);
        Path out = Files.createTempDirectory(dir, "out");
        robot.interact(() -> {
            model.folderProperty().set(out.toString());
            model.csvProperty().set(true);
        });
        // the report model is loaded; the job waits here until the user cancels
        java.util.concurrent.CountDownLatch loaded = new java.util.concurrent.CountDownLatch(1);
        model.beforeWriting = m -> {
            loaded.countDown();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!m.isCancelled() && System.nanoTime() < until) {
                Thread.onSpinWait();
            }
        };
        robot.clickOn("#reports-export");
        assertThat(loaded.await(60, TimeUnit.SECONDS)).isTrue();
        assertThat(robot.lookup("#reports-cancel").query().isVisible()).isTrue();
        robot.clickOn("#reports-cancel");
        model.finished().get(60, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(filesIn(out)).isEmpty();
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.written()).isEmpty();
        assertThat(test.problems()).isEmpty();
        robot.interact(test.context().session()::close);
    }

    @Test
    void anUnwritableFolderIsOneLineAndWritesNothing(FxRobot robot) throws Exception {
        Path project = Fixtures.sampleProject(Files.createTempDirectory(dir, "p"));
        ReportsViewModel model = openSample(robot, project);
        Path out = Files.createTempDirectory(dir, "out");
        Path blocker = Files.writeString(out.resolve("blocker"), "a file where a folder should be");
        // a folder inside a file: found only when the export tries to write
        robot.interact(() -> model.folderProperty().set(blocker.resolve("reports").toString()));
        robot.clickOn("#reports-export");
        Fixtures.waitUntil(120, () -> !test.problems().isEmpty());
        assertThat(test.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("blocker").doesNotContain("\n").doesNotContain("Exception");
            assertThat(p.expected()).isTrue();
        });
        Fixtures.waitUntil(30, () -> !model.runningProperty().get());
        assertThat(filesIn(out)).containsExactly(blocker);
        assertThat(model.written()).isEmpty();

        // the file itself as the folder: refused before any work
        test.problems().clear();
        robot.interact(() -> {
            model.folderProperty().set(blocker.toString());
            model.export();
        });
        assertThat(test.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("not a folder"));
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(filesIn(out)).containsExactly(blocker);
        robot.interact(test.context().session()::close);
    }

    @Test
    void withoutAScenarioNothingIsExported(FxRobot robot) throws Exception {
        Path file = dir.resolve("empty-" + System.nanoTime() + ".mhub");
        ProjectSession session = test.context().session();
        robot.interact(() -> session.setProject(create(file)));
        ReportsViewModel model = view.model();
        WaitForAsyncUtils.waitForFxEvents();
        Fixtures.waitUntil(20, () -> robot.lookup("#reports-scenario-none").query().isVisible());
        assertThat(robot.lookup("#reports-export").query().isDisabled()).isTrue();
        robot.interact(model::export);
        assertThat(test.problems()).singleElement().satisfies(p ->
                assertThat(p.message()).contains("Assessment view").doesNotContain("\n"));
        assertThat(filesIn(file.getParent())).allMatch(p -> !p.toString().endsWith(".pdf"));
        robot.interact(session::close);
    }

    @Test
    void theCoverSettingsAreStoredAndUndoable(FxRobot robot) throws Exception {
        Path project = Fixtures.sampleProject(Files.createTempDirectory(dir, "p"));
        ReportsViewModel model = openSample(robot, project);
        ProjectSession session = test.context().session();
        robot.interact(() -> robot.lookup("#reports-firm").queryAs(TextField.class).setText("Northwind Consulting"));
        robot.interact(() -> robot.lookup("#reports-consultant").queryAs(TextField.class).setText("Ada Lovelace"));
        robot.clickOn("#reports-cover-save");
        Fixtures.waitUntil(20, () -> !session.busyProperty().get() && !model.coverChangedProperty().get());
        assertThat(session.project().settings().get(ProjectSettings.FIRM)).contains("Northwind Consulting");
        assertThat(session.project().settings().get(ProjectSettings.CONSULTANT)).contains("Ada Lovelace");
        assertThat(test.context().undo().canUndoProperty().get()).isTrue();

        robot.interact(() -> test.context().undo().undo());
        Fixtures.waitUntil(20, () -> !session.busyProperty().get()
                && !"Northwind Consulting".equals(model.firmProperty().get()));
        assertThat(session.project().settings().get(ProjectSettings.FIRM).orElse("")).isNotEqualTo(
                "Northwind Consulting");

        // a file that is not an image is refused in one line, and nothing is stored
        Path notImage = Files.writeString(dir.resolve("logo.png"), "not a picture");
        robot.interact(() -> model.chooseLogo(notImage));
        Fixtures.waitUntil(20, () -> !test.problems().isEmpty());
        assertThat(test.problems().get(0).message()).contains("not a PNG or JPEG");
        assertThat(session.project().settings().logo()).isEmpty();
        robot.interact(session::close);
        assertThat(Section.values()).hasSize(model.sections().size());
    }

    private static ProjectFile create(Path file) {
        try {
            return ProjectFile.create(file, "ACME", "Readiness");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ProjectFile open(Path project) {
        try {
            return ProjectFile.open(project);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
