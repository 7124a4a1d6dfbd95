package com.migrationhub.app.ui.dependencies;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrationhub.app.deps.DependencyWorkflow;
import com.migrationhub.app.ui.Fixtures;
import com.migrationhub.app.ui.dependencies.DependenciesViewModel.ColourBy;
import com.migrationhub.app.ui.dependencies.DependenciesViewModel.State;
import com.migrationhub.domain.dependency.graph.DependencyGraph;
import com.migrationhub.domain.store.DependencyStore;
import com.migrationhub.domain.store.ProjectFile;
import com.migrationhub.domain.task.ProgressMonitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The dependency map over the sample engagement (dependencies imported, groups computed, waves planned). */
@ExtendWith(ApplicationExtension.class)
class DependenciesViewTest {
    @TempDir
    static Path dir;

    private Fixtures.TestContext test;
    private DependenciesView view;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        test = Fixtures.context(Files.createTempDirectory(dir, "settings"));
        view = new DependenciesView(test.context());
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(view.node()), 1200, 760));
        // inside the headless screen (1280 x 800), whatever size the stage had before
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> test.context().session().close());
    }

    private void openSample(FxRobot robot) throws Exception {
        Path copy = Fixtures.sampleProject(Files.createTempDirectory(dir, "p"));
        ProjectFile project = ProjectFile.open(copy);
        robot.interact(() -> {
            test.context().session().setProject(project);
            view.shown();
        });
        Fixtures.waitUntil(60, () -> view.model().stateProperty().get() == State.READY);
        robot.interact(() -> view.canvas().redrawNow());
    }

    /** The graph as the command line builds it (mhub deps show / graph export), on the session's project. */
    private DependencyGraph domainGraph() {
        return new DependencyWorkflow(test.context().session().project()).graph(ProgressMonitor.NONE);
    }

    @Test
    void drawsEveryEndpointAndDependencyOfTheGraph(FxRobot robot) throws Exception {
        openSample(robot);
        DependencyGraph g = domainGraph();
        GraphGeometry drawn = view.model().geometryProperty().get();
        assertThat(g.edgeCount()).isGreaterThan(50);
        assertThat(drawn.nodeCount()).isEqualTo(g.nodeCount());
        assertThat(drawn.edgeCount()).isEqualTo(g.edgeCount());
        assertThat(drawn.softEdgeCount()).isEqualTo(g.edgeCount() - g.hardEdgeCount());
        for (int e = 0; e < g.edgeCount(); e++) {
            assertThat(drawn.source(e)).isEqualTo(g.source(e));
            assertThat(drawn.target(e)).isEqualTo(g.target(e));
        }
        // fitted: everything is on screen and drawn
        StringBuilder off = new StringBuilder("canvas " + view.canvas().getWidth() + " x " + view.canvas().getHeight());
        for (int v = 0; v < g.nodeCount(); v++) {
            Point2D p = view.canvas().screenOf(v);
            if (p.getX() < 0 || p.getY() < 0 || p.getX() > view.canvas().getWidth() || p.getY() > view.canvas().getHeight()) {
                off.append("; ").append(v).append(" at ").append(p);
            }
        }
        assertThat(view.canvas().drawnNodes()).as(off.toString()).isEqualTo(g.nodeCount());
        assertThat(view.canvas().drawnEdges().cardinality()).isEqualTo(g.edgeCount());
        assertThat(robot.lookup("#dependencies-summary").queryLabeled().getText())
                .contains(String.format(java.util.Locale.US, "%,d endpoints", g.nodeCount()))
                .contains(String.format(java.util.Locale.US, "%,d dependencies", g.edgeCount()));
        assertThat(robot.lookup("#dependencies-empty").query().isVisible()).isFalse();
        // the same positions as mhub graph export writes (seeded layout, stored groups kept together)
        Map<Long, String> groupOf = new HashMap<>();
        for (DependencyStore.StoredGroup sg : test.context().session().project().dependencies().groups()) {
            sg.serverIds().forEach(id -> groupOf.put(id, sg.name()));
        }
        var layout = DependencyWorkflow.layout(g, groupOf, ProgressMonitor.NONE);
        for (int v = 0; v < g.nodeCount(); v++) {
            assertThat(drawn.x(v)).isEqualTo(layout.x(v));
            assertThat(drawn.y(v)).isEqualTo(layout.y(v));
        }
        assertThat(test.problems()).isEmpty();
    }

    @Test
    void clickingAServerLightsUpExactlyItsNeighbours(FxRobot robot) throws Exception {
        openSample(robot);
        DependencyGraph g = domainGraph();
        // the busiest server that has both hard and soft dependencies
        int node = -1;
        int best = -1;
        for (int v = 0; v < g.serverCount(); v++) {
            int degree = g.outDegree(v) + g.inDegree(v);
            if (degree > best && hasSoft(g, v)) {
                best = degree;
                node = v;
            }
        }
        assertThat(node).isGreaterThanOrEqualTo(0);
        int chosen = node;
        robot.interact(() -> {
            view.canvas().centreOn(chosen);
            view.canvas().redrawNow();
        });
        Point2D at = view.canvas().localToScreen(view.canvas().screenOf(chosen));
        robot.clickOn(at);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.model().selectedNodeProperty().get()).isEqualTo(chosen);

        BitSet expectedNodes = new BitSet();
        BitSet expectedEdges = new BitSet();
        expectedNodes.set(chosen);
        for (int i = 0; i < g.outDegree(chosen); i++) {
            expectedEdges.set(g.outEdge(chosen, i));
            expectedNodes.set(g.target(g.outEdge(chosen, i)));
        }
        for (int i = 0; i < g.inDegree(chosen); i++) {
            expectedEdges.set(g.inEdge(chosen, i));
            expectedNodes.set(g.source(g.inEdge(chosen, i)));
        }
        assertThat(view.model().litNodesProperty().get()).isEqualTo(expectedNodes);
        assertThat(view.model().litEdgesProperty().get()).isEqualTo(expectedEdges);
        assertThat(robot.lookup("#dependencies-selection").queryLabeled().getText())
                .isEqualTo(g.endpoint(chosen).label());
        @SuppressWarnings("unchecked")
        TableView<DependenciesViewModel.DependencyRow> table = robot.lookup("#dependencies-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(expectedEdges.cardinality());
        // the side panel names the stored move group
        String group = null;
        for (DependencyStore.StoredGroup sg : test.context().session().project().dependencies().groups()) {
            if (sg.serverIds().contains(g.server(chosen).id())) {
                group = sg.name();
            }
        }
        String groupName = group;
        assertThat(view.model().facts()).anySatisfy(f -> assertThat(f.value()).isEqualTo(groupName));

        // soft dependencies hidden: only the hard neighbours stay lit
        robot.clickOn("#dependencies-soft-label");
        WaitForAsyncUtils.waitForFxEvents();
        BitSet hardEdges = new BitSet();
        BitSet hardNodes = new BitSet();
        hardNodes.set(chosen);
        expectedEdges.stream().filter(g::isHard).forEach(e -> {
            hardEdges.set(e);
            hardNodes.set(g.source(e));
            hardNodes.set(g.target(e));
        });
        assertThat(view.model().litEdgesProperty().get()).isEqualTo(hardEdges);
        assertThat(view.model().litNodesProperty().get()).isEqualTo(hardNodes);
        assertThat(table.getItems()).hasSize(hardEdges.cardinality());

        // clicking the background clears the selection
        robot.interact(() -> view.canvas().fit());
        robot.interact(() -> view.canvas().redrawNow());
        Point2D corner = view.canvas().localToScreen(3, 3);
        robot.clickOn(corner);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.model().selectedNodeProperty().get()).isEqualTo(-1);
        assertThat(view.model().litNodesProperty().get()).isNull();
    }

    private static boolean hasSoft(DependencyGraph g, int v) {
        boolean soft = false;
        boolean hard = false;
        for (int i = 0; i < g.outDegree(v); i++) {
            soft |= !g.isHard(g.outEdge(v, i));
            hard |= g.isHard(g.outEdge(v, i));
        }
        for (int i = 0; i < g.inDegree(v); i++) {
            soft |= !g.isHard(g.inEdge(v, i));
            hard |= g.isHard(g.inEdge(v, i));
        }
        return soft && hard;
    }

    @Test
    void hidingSoftDependenciesLeavesExactlyTheHardOnesDrawn(FxRobot robot) throws Exception {
        openSample(robot);
        DependencyGraph g = domainGraph();
        BitSet all = view.canvas().drawnEdges();
        BitSet soft = new BitSet();
        BitSet hard = new BitSet();
        for (int e = 0; e < g.edgeCount(); e++) {
            (g.isHard(e) ? hard : soft).set(e);
        }
        assertThat(soft.cardinality()).isGreaterThan(0);
        assertThat(all.cardinality()).isEqualTo(g.edgeCount());

        robot.clickOn("#dependencies-soft-label");
        robot.interact(() -> view.canvas().redrawNow());
        assertThat(view.model().showSoftProperty().get()).isFalse();
        assertThat(view.canvas().drawnEdges()).isEqualTo(hard);

        robot.clickOn("#dependencies-soft-label");
        robot.interact(() -> view.canvas().redrawNow());
        assertThat(view.canvas().drawnEdges()).isEqualTo(all);
    }

    @Test
    void colouringByWaveGivesEachServerTheWaveOfItsGroupInTheStoredPlan(FxRobot robot) throws Exception {
        openSample(robot);
        DependencyStore store = test.context().session().project().dependencies();
        Map<String, Integer> waveOfGroup = new HashMap<>();
        store.wavePlan().orElseThrow().waves().forEach(w -> w.groups().forEach(gr -> waveOfGroup.put(gr, w.number())));
        Map<Long, Integer> waveOfServer = new HashMap<>();
        for (DependencyStore.StoredGroup sg : store.groups()) {
            Integer w = waveOfGroup.get(sg.name());
            if (w != null) {
                sg.serverIds().forEach(id -> waveOfServer.put(id, w));
            }
        }
        assertThat(waveOfServer).isNotEmpty();
        @SuppressWarnings("unchecked")
        ChoiceBox<ColourBy> colourBy = robot.lookup("#dependencies-colour-by").queryAs(ChoiceBox.class);
        robot.interact(() -> colourBy.setValue(ColourBy.WAVE));
        DependencyGraph g = domainGraph();
        int placed = 0;
        DependenciesViewModel.Colouring colouring = view.model().colouringProperty().get();
        for (int v = 0; v < g.nodeCount(); v++) {
            Integer expected = g.isServer(v) ? waveOfServer.get(g.server(v).id()) : null;
            assertThat(view.model().colourKey(v)).as(g.endpoint(v).label())
                    .isEqualTo(expected == null ? null : expected.toString());
            if (expected != null) {
                placed++;
                assertThat(colouring.colourIndex()[v]).isGreaterThanOrEqualTo(0);
            } else {
                assertThat(colouring.colourIndex()[v]).isEqualTo(-1);
            }
        }
        assertThat(placed).isEqualTo(waveOfServer.keySet().stream().filter(id -> g.nodeOf(id) >= 0).count());
        // servers of one wave share a colour; the legend counts them
        assertThat(view.model().legend()).anySatisfy(l -> assertThat(l.key()).isEqualTo("1"));
        int inFirst = (int) waveOfServer.entrySet().stream().filter(e -> e.getValue() == 1 && g.nodeOf(e.getKey()) >= 0)
                .count();
        assertThat(view.model().legend()).filteredOn(l -> l.key().equals("1")).singleElement()
                .satisfies(l -> assertThat(l.count()).isEqualTo(inFirst));

        robot.interact(() -> colourBy.setValue(ColourBy.STRATEGY));
        assertThat(view.model().legendNoteProperty().get()).contains("sample");
        robot.interact(() -> colourBy.setValue(ColourBy.RISK));
        for (int v = 0; v < g.serverCount(); v++) {
            Integer score = g.server(v).riskScore();
            assertThat(view.model().colourKey(v)).isEqualTo(score == null ? null
                    : com.migrationhub.domain.assessment.risk.Risk.Level.of(score).name());
        }
    }

    @Test
    void findingAServerByNameSelectsAndCentresIt(FxRobot robot) throws Exception {
        openSample(robot);
        DependencyGraph g = domainGraph();
        int target = g.serverCount() / 2;
        String name = g.endpoint(target).label();
        robot.interact(() -> view.find());
        robot.write(name);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        int selected = view.model().selectedNodeProperty().get();
        assertThat(g.endpoint(selected).label()).isEqualToIgnoringCase(name);
        robot.interact(() -> view.canvas().redrawNow());
        Point2D p = view.canvas().screenOf(selected);
        assertThat(p.getX()).isCloseTo(view.canvas().getWidth() / 2, org.assertj.core.data.Offset.offset(1.0));
        assertThat(p.getY()).isCloseTo(view.canvas().getHeight() / 2, org.assertj.core.data.Offset.offset(1.0));

        robot.interact(() -> view.model().search("no-such-server-anywhere"));
        assertThat(robot.lookup("#dependencies-search-message").queryLabeled().getText())
                .contains("no-such-server-anywhere");
    }

    @Test
    void aProjectWithoutDependencyDataSaysWhereToImportIt(FxRobot robot) throws Exception {
        Path file = dir.resolve("empty-" + System.nanoTime() + ".mhub");
        ProjectFile project = ProjectFile.create(file, "ACME", "Readiness");
        robot.interact(() -> {
            test.context().session().setProject(project);
            view.shown();
        });
        Fixtures.waitUntil(30, () -> view.model().stateProperty().get() == State.EMPTY);
        assertThat(robot.lookup("#dependencies-empty").query().isVisible()).isTrue();
        assertThat(robot.lookup("#dependencies-empty").queryAs(javafx.scene.layout.VBox.class).getChildren())
                .anySatisfy(n -> assertThat(n).isInstanceOfSatisfying(javafx.scene.control.Label.class,
                        l -> assertThat(l.getText()).contains("Import view").contains("mhub deps import")));
        assertThat(robot.lookup("#dependencies-canvas").query().isVisible()).isFalse();
        assertThat(test.problems()).isEmpty();
    }

    @Test
    void aChangeToTheDependenciesReloadsWhileTheLayoutStaysForUnchangedGraphs(FxRobot robot) throws Exception {
        openSample(robot);
        GraphGeometry before = view.model().geometryProperty().get();
        // a wave change alone keeps the drawing (same graph, same groups)
        robot.interact(() -> test.context().session().changed(
                com.migrationhub.app.ui.project.ProjectSession.Area.WAVES));
        Fixtures.waitUntil(60, () -> view.model().stateProperty().get() == State.READY);
        assertThat(view.model().geometryProperty().get()).isSameAs(before);

        // a server marked soft (mhub deps mark --server X soft): its dependencies are soft after the reload
        DependencyGraph g = domainGraph();
        int node = -1;
        for (int v = 0; v < g.serverCount() && node < 0; v++) {
            for (int i = 0; i < g.outDegree(v); i++) {
                if (g.isHard(g.outEdge(v, i))) {
                    node = v;
                    break;
                }
            }
        }
        long id = g.server(node).id();
        test.context().session().project().dependencies().setOverride(new DependencyStore.StrengthOverride("server",
                Long.toString(id), "SOFT", "test", java.time.OffsetDateTime.now()));
        robot.interact(() -> test.context().session().changed(
                com.migrationhub.app.ui.project.ProjectSession.Area.DEPENDENCIES));
        Fixtures.waitUntil(60, () -> view.model().stateProperty().get() == State.READY
                && view.model().geometryProperty().get() != before);
        GraphGeometry after = view.model().geometryProperty().get();
        int n = node;
        DependencyGraph g2 = domainGraph();
        for (int i = 0; i < g2.outDegree(n); i++) {
            assertThat(after.isHard(g2.outEdge(n, i))).isFalse();
        }
        assertThat(after.softEdgeCount()).isEqualTo(g2.edgeCount() - g2.hardEdgeCount())
                .isGreaterThan(before.softEdgeCount());
    }
}
