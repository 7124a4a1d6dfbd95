package com.migrationhub.app.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrationhub.app.cli.Cli;
import com.migrationhub.app.ui.Fixtures;
import com.migrationhub.app.ui.project.ProjectSession;
import com.migrationhub.domain.assessment.AssessmentService;
import com.migrationhub.domain.catalog.CatalogFiles;
import com.migrationhub.domain.catalog.Cloud;
import com.migrationhub.domain.inventory.InventorySummary;
import com.migrationhub.domain.store.ProjectFile;
import com.migrationhub.domain.task.ProgressMonitor;
import com.migrationhub.reports.data.ReportData;
import com.migrationhub.reports.data.ReportLoader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DashboardViewTest {
    @TempDir
    static Path dir;

    private Fixtures.TestContext test;
    private DashboardView view;

    @Start
    void start(Stage stage) throws Exception {
        test = Fixtures.context(Files.createTempDirectory(dir, "settings"));
        view = new DashboardView(test.context());
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(new StackPane(view.node()), 1200, 780);
        scene.getStylesheets().add(getClass().getResource("/com/migrationhub/app/ui/workbench.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    /** Cents per "cloud region" as {@code mhub assessment totals --format json} prints them. */
    private static Map<String, Long> cliTotals(Path project, String scenario) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), "assessment", "totals", "-p", project.toString(),
                "--scenario", scenario, "--format", "json");
        assertThat(code).as(err.toString()).isZero();
        Map<String, Long> sums = new TreeMap<>();
        Matcher object = Pattern.compile("\\{[^{}]*\\}").matcher(out.toString());
        while (object.find()) {
            String o = object.group();
            String cloud = field(o, "cloud");
            String region = field(o, "region");
            long cents = new BigDecimal(field(o, "total")).movePointRight(2).longValueExact();
            sums.merge(cloud + " " + region, cents, Long::sum);
        }
        assertThat(sums).isNotEmpty();
        return sums;
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        assertThat(m.find()).as(name + " in " + json).isTrue();
        return m.group(1);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void showsTheSampleFiguresAsTheStoreAndTheCommandLineHaveThem(FxRobot robot) throws Exception {
        Path project = Fixtures.sampleProject(Files.createTempDirectory(dir, "p"));
        // the command line first: the workbench then holds the project file
        Map<String, Long> expected = cliTotals(project, "sample");
        ProjectSession session = test.context().session();
        robot.interact(() -> session.setProject(open(project)));
        DashboardViewModel model = view.model();
        Fixtures.waitUntil(60, () -> model.assessmentProperty().get() != null && !model.overviewLoadingProperty().get()
                && !model.assessmentLoadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        InventorySummary s = session.project().inventory().summary();
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.US);
        assertThat(s.servers()).isPositive();
        assertThat(text(robot, "#dashboard-card-servers")).isEqualTo(n.format(s.servers()));
        assertThat(text(robot, "#dashboard-card-vcpus")).isEqualTo(n.format(s.vcpus()));
        assertThat(text(robot, "#dashboard-card-memory")).isEqualTo(n.format(Math.round(s.memoryMiB() / 1024.0)));
        assertThat(text(robot, "#dashboard-card-poweredOff")).isEqualTo(n.format(s.poweredOff()));
        assertThat(model.scenarioProperty().get()).isEqualTo("sample");
        assertThat(robot.lookup("#dashboard-empty-inventory").query().getParent().isVisible()).isFalse();

        // cost per cloud and region: the same cents as mhub assessment totals
        DashboardData.Assessment a = model.assessmentProperty().get();
        Map<String, Long> shown = new TreeMap<>();
        a.clouds().forEach(c -> shown.put(c.cloud() + " " + c.region(), c.totalCents()));
        assertThat(shown).isEqualTo(expected);
        assertThat(model.costs()).hasSize(expected.size());

        // strategies, risk, idle and the purchase options: the same figures as the report's model
        ReportData report = new ReportLoader(session.project(), AssessmentService.withShippedRules(
                CatalogFiles.readShipped())).load("sample", "test", null, ProgressMonitor.NONE);
        assertThat(a.strategies()).isEqualTo(report.strategies().counts());
        Map<String, Long> risk = new HashMap<>(a.risk());
        risk.values().removeIf(v -> v == 0);
        assertThat(risk).isEqualTo(report.risk().levels());
        assertThat(a.idle()).isEqualTo(report.profile().idle());
        assertThat(a.options()).hasSameSizeAs(report.options());
        for (int i = 0; i < a.options().size(); i++) {
            assertThat(a.options().get(i).monthlyCents()).isEqualTo(report.options().get(i).monthlyCents());
            assertThat(a.options().get(i).recommended()).isEqualTo(report.options().get(i).recommended());
        }
        for (ReportData.CloudSummary c : report.clouds()) {
            assertThat(a.clouds()).anySatisfy(x -> {
                assertThat(x.cloud() + " " + x.region()).isEqualTo(c.cloud() + " " + c.region());
                assertThat(x.readiness()).isEqualTo(c.readiness());
                assertThat(x.cloudLabel()).isEqualTo(Cloud.parse(c.cloud()).label());
            });
        }
        // the wave timeline: a bar per stored wave
        int waves = session.project().dependencies().wavePlan().orElseThrow().waves().size();
        assertThat(robot.lookup(".dashboard-wave-timeline").queryAs(WaveTimeline.class).bars()).hasSize(waves);
        assertThat(test.problems()).isEmpty();
        robot.interact(session::close);
    }

    @Test
    void reloadsWhenTheAssessmentChanges(FxRobot robot) throws Exception {
        Path project = Fixtures.sampleProject(Files.createTempDirectory(dir, "p"));
        ProjectSession session = test.context().session();
        robot.interact(() -> session.setProject(open(project)));
        DashboardViewModel model = view.model();
        Fixtures.waitUntil(60, () -> model.assessmentProperty().get() != null);
        Fixtures.waitUntil(30, () -> !model.assessmentLoadingProperty().get());
        // the scenario is deleted behind the dashboard's back, as the Assessment view would
        robot.interact(() -> session.write("delete", m -> session.project().assessments().delete("sample"), x -> { },
                e -> { }, ProjectSession.Area.ASSESSMENT));
        Fixtures.waitUntil(30, () -> model.assessmentProperty().get() == null && model.scenarios().isEmpty()
                && !model.overviewLoadingProperty().get());
        Node hint = robot.lookup("#dashboard-strategy-chart-empty").query();
        assertThat(hint.isVisible()).isTrue();
        assertThat(((Label) hint).getText()).contains("Assessment view");
        assertThat(text(robot, "#dashboard-card-idle")).isEqualTo("–");
        assertThat(test.problems()).isEmpty();
        robot.interact(session::close);
    }

    @Test
    void aNewProjectShowsWhatToDoFirst(FxRobot robot) throws Exception {
        Path file = dir.resolve("empty-" + System.nanoTime() + ".mhub");
        ProjectSession session = test.context().session();
        robot.interact(() -> session.setProject(create(file)));
        DashboardViewModel model = view.model();
        Fixtures.waitUntil(30, () -> model.overviewProperty().get() != null && !model.overviewLoadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#dashboard-card-servers")).isEqualTo("0");
        Node banner = robot.lookup("#dashboard-empty-inventory").query();
        assertThat(banner.getParent().isVisible()).isTrue();
        assertThat(((Label) banner).getText()).contains("Import view");
        assertThat(robot.lookup("#dashboard-strategy-chart-empty").queryAs(Label.class).getText())
                .contains("Assessment view");
        assertThat(robot.lookup("#dashboard-wave-timeline-empty").queryAs(Label.class).getText())
                .contains("Waves view");
        assertThat(robot.lookup("#dashboard-scenario").query().isDisabled()).isTrue();
        assertThat(model.assessmentProperty().get()).isNull();
        assertThat(test.problems()).isEmpty();
        robot.interact(session::close);
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
