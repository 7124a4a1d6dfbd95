package com.migrationhub.app.ui.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrationhub.app.cli.Cli;
import com.migrationhub.app.ui.Fixtures;
import com.migrationhub.domain.assessment.Assumptions;
import com.migrationhub.domain.assessment.ScenarioInfo;
import com.migrationhub.domain.assessment.ServerAssessment;
import com.migrationhub.domain.store.AssessmentStore;
import com.migrationhub.domain.store.ProjectFile;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The assessment view over a real copy of the sample engagement (297 servers, assessed as
 * "sample"): a run from the form into a new scenario lands in the project file; a cancelled run
 * leaves the stored scenario as it was; a 7R override is stored, undone and redone; a size override
 * is applied by a re-run; two scenarios compare as {@code mhub assessment compare} does.
 */
@ExtendWith(ApplicationExtension.class)
class AssessmentViewTest {
    @TempDir
    static Path dir;

    private Fixtures.TestContext test;
    private AssessmentView view;
    private AssessmentViewModel vm;
    private Path project;

    private Stage stage;

    @BeforeAll
    static void buildTheSampleOnce() throws Exception {
        // off the FX thread: mhub sample imports, assesses and plans the sample engagement
        Fixtures.sampleProject(Files.createTempDirectory(dir, "warm"));
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        test = Fixtures.context(Files.createTempDirectory(dir, "settings"));
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(), 1200, 800));
        stage.show();
    }

    /** Opens a fresh copy of the sample project and shows the view over it. */
    private void open(FxRobot robot) throws Exception {
        project = Fixtures.sampleProject(Files.createTempDirectory(dir, "p"));
        robot.interact(() -> {
            try {
                test.context().session().setProject(ProjectFile.open(project));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            view = new AssessmentView(test.context());
            vm = view.viewModel();
            stage.getScene().setRoot((javafx.scene.Parent) view.node());
            view.shown();
        });
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> test.context().session().close()).get();
    }

    private void waitLoaded() {
        Fixtures.waitUntil(60, () -> "sample".equals(vm.scenario.get()) && !vm.rows.isEmpty() && !vm.loading.get()
                && !vm.formScenario.get().isEmpty() && !vm.regionChoices[0].isEmpty());
    }

    private AssessmentStore store() {
        return test.context().session().project().assessments();
    }

    private static List<ServerAssessment> results(AssessmentStore store, String scenario) {
        List<ServerAssessment> out = new ArrayList<>();
        store.forEachResult(scenario, out::add);
        return out;
    }

    private static String cli(Object... args) {
        String[] a = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            a[i] = args[i].toString();
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), a);
        assertThat(code).as(err.toString()).isZero();
        return out.toString();
    }

    @Test
    void showsTheSampleScenarioWithTheCloudsSideBySideAndExplainsTheSelectedServer(FxRobot robot) throws Exception {
        open(robot);
        waitLoaded();
        assertThat(vm.rows).hasSize(297);
        assertThat(vm.totals).extracting(CloudTotal::cloud).containsExactly("aws", "azure", "gcp");
        long awsServers = vm.totals.get(0).servers();
        assertThat(awsServers).isEqualTo(297);
        assertThat(robot.lookup("#assessment-total-aws-" + vm.totals.get(0).region()).tryQuery()).isPresent();

        TableView<?> table = robot.lookup("#assessment-table").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(0));
        ResultRow first = vm.rows.get(0);
        Fixtures.waitUntil(30, () -> vm.detail.get().contains("size: "));
        assertThat(vm.detail.get()).contains(first.server() + ", aws ").contains(first.server() + ", azure ")
                .contains("risk: ");

        robot.clickOn("#assessment-filter").write(first.server());
        Fixtures.waitUntil(10, () -> vm.rows.size() < 297);
        assertThat(vm.rows).allSatisfy(r -> assertThat(r.server().toLowerCase())
                .contains(first.server().toLowerCase()));
    }

    @Test
    void runsTheFormIntoANewScenarioThatLandsInTheProjectFile(FxRobot robot) throws Exception {
        open(robot);
        waitLoaded();
        robot.clickOn("#assessment-tab-run");
        ComboBox<?> name = robot.lookup("#assessment-form-scenario").queryAs(ComboBox.class);
        robot.clickOn(name.getEditor()).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("europe");
        Fixtures.waitUntil(10, () -> "europe".equals(vm.formScenario.get()) && !vm.formExisting.get());
        robot.interact(() -> {
            vm.regions[0].set("eu-central-1");
            vm.cloudOn[2].set(false);
            vm.sizing.set("as-is");
            vm.formCurrency.set("EUR");
        });
        // bad input is refused in one line and cannot run
        robot.interact(() -> vm.comfort.set("lots"));
        assertThat(vm.formError.get()).isEqualTo("Comfort factor: 'lots' is not a number.");
        assertThat(robot.lookup("#assessment-run").queryButton().isDisabled()).isTrue();
        robot.interact(() -> vm.comfort.set("1.2"));
        assertThat(vm.formError.get()).isEmpty();

        robot.clickOn("#assessment-run");
        Fixtures.waitUntil(120, () -> !vm.running.get() && "europe".equals(vm.scenario.get()) && !vm.loading.get()
                && vm.rows.size() == 297);
        assertThat(test.problems()).isEmpty();
        assertThat(vm.totals).extracting(t -> t.cloud() + " " + t.region())
                .containsExactly("aws eu-central-1", "azure eastus");
        assertThat(vm.currency.get()).isEqualTo("EUR");

        // in the project file, reopened: the scenario with its settings and every server's results
        WaitForAsyncUtils.asyncFx(() -> test.context().session().close()).get();
        try (ProjectFile p = ProjectFile.open(project)) {
            ScenarioInfo info = p.assessments().scenario("europe").orElseThrow();
            Assumptions a = Assumptions.fromMap(info.assumptions());
            assertThat(info.servers()).isEqualTo(297);
            assertThat(info.assumptions()).containsEntry("regions.aws", "eu-central-1").containsEntry("clouds",
                    "aws,azure").containsEntry("sizing", "as-is").containsEntry("currency", "EUR")
                    .containsEntry("comfort", "1.2");
            assertThat(a.rate()).isGreaterThan(java.math.BigDecimal.ZERO).isNotEqualTo(java.math.BigDecimal.ONE);
            assertThat(results(p.assessments(), "europe")).hasSize(297 * 2);
            assertThat(p.assessments().scenario("sample")).isPresent();
        }
        // the command line reads the same scenario back
        assertThat(cli("assessment", "list", "-p", project)).contains("europe").contains("aws:eu-central-1");
    }

    @Test
    void aCancelledRunLeavesTheStoredScenarioAsItWas(FxRobot robot) throws Exception {
        open(robot);
        waitLoaded();
        ScenarioInfo before = store().scenario("sample").orElseThrow();
        List<ServerAssessment> rows = results(store(), "sample");
        robot.interact(() -> {
            vm.formScenario.set("sample");
        });
        Fixtures.waitUntil(20, () -> vm.formExisting.get() && "95".equals(String.valueOf(vm.percentile.get())));
        robot.interact(() -> {
            vm.pricing.set("ri3y");
            vm.run();
            vm.cancel();
        });
        Fixtures.waitUntil(60, () -> !vm.running.get() && !test.context().session().busyProperty().get());
        assertThat(vm.lastRun.get()).isEqualTo("Cancelled: the stored scenario was left as it was.");
        assertThat(test.problems()).isEmpty();
        assertThat(store().scenario("sample").orElseThrow()).isEqualTo(before);
        assertThat(results(store(), "sample")).isEqualTo(rows);
    }

    @Test
    void aStrategyOverrideIsStoredUndoneAndRedone(FxRobot robot) throws Exception {
        open(robot);
        waitLoaded();
        TableView<?> table = robot.lookup("#assessment-table").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(3));
        ResultRow row = vm.selected.get(0);
        long id = row.serverId();
        assertThat(store().overrides()).doesNotContainKey(id);
        String target = row.strategy().equals("RETAIN") ? "retire" : "retain";

        robot.interact(() -> vm.setStrategy(List.of(row), target, "client keeps it"));
        AssessmentStore.StrategyOverride set = store().overrides().get(id);
        assertThat(set.strategy()).isEqualTo(target.toUpperCase());
        assertThat(set.note()).isEqualTo("client keeps it");
        assertThat(vm.pending.get()).as("re-run to apply").isTrue();
        assertThat(robot.lookup("#assessment-pending").query().isVisible()).isTrue();
        assertThat(test.context().undo().undoLabelProperty().get()).contains(row.server());

        robot.interact(() -> test.context().undo().undo());
        assertThat(store().overrides()).doesNotContainKey(id);
        assertThat(vm.pending.get()).isFalse();
        robot.interact(() -> test.context().undo().redo());
        assertThat(store().overrides().get(id).strategy()).isEqualTo(target.toUpperCase());

        // the re-run applies it, as mhub assess does
        robot.interact(vm::rerunShown);
        Fixtures.waitUntil(120, () -> !vm.running.get() && !vm.loading.get() && !vm.pending.get());
        ServerAssessment after = store().results("sample", id).get(0);
        assertThat(after.strategy()).isEqualTo(target.toUpperCase());
        assertThat(after.strategyRule()).isEqualTo("override");
        assertThat(after.rationale()).contains("client keeps it");
    }

    @Test
    void aSizeOverrideIsAppliedByTheNextRunAndUndoable(FxRobot robot) throws Exception {
        open(robot);
        waitLoaded();
        ResultRow row = vm.rows.get(5);
        String engine = row.cell(0).size();
        String chosen = engine.equals("m5.2xlarge") ? "m5.4xlarge" : "m5.2xlarge";
        robot.interact(() -> vm.setSize(List.of(row), com.migrationhub.domain.catalog.Cloud.AWS, chosen.toUpperCase(),
                "client standard"));
        assertThat(store().sizeOverrides()).singleElement().satisfies(o -> {
            assertThat(o.serverId()).isEqualTo(row.serverId());
            assertThat(o.cloud()).isEqualTo("aws");
            assertThat(o.size()).isEqualTo(chosen);
            assertThat(o.note()).isEqualTo("client standard");
        });
        assertThat(vm.pending.get()).isTrue();
        robot.interact(vm::rerunShown);
        Fixtures.waitUntil(120, () -> !vm.running.get() && !vm.loading.get() && !vm.pending.get());
        assertThat(store().results("sample", row.serverId())).filteredOn(r -> r.cloud().equals("aws"))
                .extracting(ServerAssessment::size).containsOnly(chosen);
        robot.interact(() -> test.context().undo().undo());
        assertThat(store().sizeOverrides()).isEmpty();
    }

    @Test
    void comparesTwoScenariosAsTheCommandLineDoes(FxRobot robot) throws Exception {
        open(robot);
        waitLoaded();
        robot.interact(() -> test.context().session().close());
        cli("assess", "-p", project, "--scenario", "eu", "--regions", "eu-central-1,westeurope,europe-west1");
        String printed = cli("assessment", "compare", "-p", project, "--scenario", "sample", "--scenario", "eu");
        robot.interact(() -> {
            try {
                test.context().session().setProject(ProjectFile.open(project));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Fixtures.waitUntil(60, () -> vm.scenarios.contains("eu") && !vm.loading.get());
        robot.clickOn("#assessment-tab-compare");
        robot.interact(() -> {
            vm.compareA.set("sample");
            vm.compareB.set("eu");
        });
        robot.clickOn("#assessment-compare-run");
        Fixtures.waitUntil(60, () -> !vm.compareTotals.isEmpty());
        assertThat(vm.compareTotals).extracting(CompareRow::first).contains("aws us-east-1", "aws eu-central-1",
                "azure westeurope", "gcp europe-west1");
        assertThat(vm.compareAssumptions).extracting(CompareRow::first).contains("regions.aws", "regions.azure",
                "regions.gcp");
        java.util.regex.Matcher differ = java.util.regex.Pattern.compile("(?m)^([\\d,]+) server results differ")
                .matcher(printed);
        assertThat(differ.find()).isTrue();
        assertThat(vm.compareSummary.get()).startsWith(differ.group(1) + " server results differ");
        // each total is the command line's figure
        CompareRow aws = vm.compareTotals.stream().filter(r -> r.first().equals("aws us-east-1")).findFirst()
                .orElseThrow();
        String figure = aws.a().replaceAll("[^\\d.]", "");
        assertThat(printed).containsPattern("(?m)^aws +us-east-1 +" + java.util.regex.Pattern.quote(figure) + " ");
        assertThat(test.problems()).isEmpty();
    }
}
