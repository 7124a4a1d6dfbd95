package com.migrationhub.app.ui.dependencies;

import static org.assertj.core.api.Assertions.assertThat;

import com.migrationhub.app.deps.DependencyMap;
import com.migrationhub.app.deps.DependencyWorkflow;
import com.migrationhub.app.ui.Fixtures;
import com.migrationhub.app.ui.dependencies.DependenciesViewModel.State;
import com.migrationhub.app.ui.project.ProjectSession.Area;
import com.migrationhub.app.ui.task.DirectTaskRunner;
import com.migrationhub.app.ui.task.TaskList;
import com.migrationhub.domain.dependency.graph.DependencyGraph;
import com.migrationhub.domain.store.DependencyStore;
import com.migrationhub.domain.store.ProjectFile;
import com.migrationhub.domain.task.ProgressMonitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view model alone, its jobs run on the test's thread. */
class DependenciesViewModelTest {
    @TempDir
    Path dir;

    private Fixtures.TestContext test;
    private DependenciesViewModel model;
    private ProjectFile project;

    @BeforeEach
    void open() throws Exception {
        TaskList list = new TaskList();
        test = Fixtures.context(Files.createTempDirectory(dir, "settings"), list, new DirectTaskRunner(list));
        model = new DependenciesViewModel(test.context());
        project = ProjectFile.open(Fixtures.sampleProject(dir));
        test.context().session().setProject(project);
        model.setActive(true);
        assertThat(model.stateProperty().get()).isEqualTo(State.READY);
    }

    @AfterEach
    void close() {
        test.context().session().close();
    }

    @Test
    void theLayoutIsTheSeededOneAndIsKeptWhileTheGraphAndGroupsStay() {
        DependencyMap first = DependencyMap.read(project, null, ProgressMonitor.NONE);
        DependencyMap again = DependencyMap.read(project, null, ProgressMonitor.NONE);
        assertThat(again.layout().sameAs(first.layout())).isTrue();
        assertThat(again.layoutReused()).isFalse();
        DependencyMap kept = DependencyMap.read(project, first, ProgressMonitor.NONE);
        assertThat(kept.layoutReused()).isTrue();
        assertThat(kept.layout()).isSameAs(first.layout());

        // new groups (one server pinned into a group of its own, groups recomputed): laid out again
        DependencyWorkflow w = new DependencyWorkflow(project);
        long id = first.graph().server(0).id();
        project.dependencies().pinToGroup(List.of(id), "Pinned-test", java.time.OffsetDateTime.now());
        w.computeGroups(w.graph(ProgressMonitor.NONE), ProgressMonitor.NONE);
        DependencyMap regrouped = DependencyMap.read(project, first, ProgressMonitor.NONE);
        assertThat(regrouped.layoutReused()).isFalse();
        assertThat(regrouped.group(id)).isEqualTo("Pinned-test");

        // the view model follows: the geometry is replaced once the groups changed
        GraphGeometry before = model.geometryProperty().get();
        test.context().session().changed(Area.WAVES);
        assertThat(model.geometryProperty().get()).isNotSameAs(before);
        assertThat(model.stateProperty().get()).isEqualTo(State.READY);
    }

    @Test
    void findsByWholeNameThenPrefixThenPartAndCyclesThroughTheMatches() {
        DependencyGraph g = new DependencyWorkflow(project).graph(ProgressMonitor.NONE);
        List<Integer> centred = new ArrayList<>();
        model.onCentre(centred::add);
        String name = g.endpoint(3).label();
        assertThat(model.search(name.toUpperCase(Locale.ROOT))).isTrue();
        assertThat(model.selectedNodeProperty().get()).isEqualTo(3);
        assertThat(centred).containsExactly(3);

        // a prefix that several names share: each Enter goes to the next, and round again
        String prefix = name.substring(0, Math.min(3, name.length()));
        List<Integer> expected = new ArrayList<>();
        for (int v = 0; v < g.nodeCount(); v++) {
            String l = g.endpoint(v).label().toLowerCase(Locale.ROOT);
            if (l.equals(prefix.toLowerCase(Locale.ROOT))) {
                expected.add(0, v);
            } else if (l.startsWith(prefix.toLowerCase(Locale.ROOT))) {
                expected.add(v);
            }
        }
        List<Integer> visited = new ArrayList<>();
        for (int i = 0; i <= expected.size(); i++) {
            assertThat(model.search(prefix)).isTrue();
            visited.add(model.selectedNodeProperty().get());
        }
        assertThat(visited.subList(0, expected.size())).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(visited.get(expected.size())).isEqualTo(visited.get(0));

        assertThat(model.search("zz-nothing-like-it")).isFalse();
        assertThat(model.searchMessageProperty().get()).contains("zz-nothing-like-it");
    }

    @Test
    void theSidePanelListsTheServersDependenciesInAndOut() {
        DependencyGraph g = new DependencyWorkflow(project).graph(ProgressMonitor.NONE);
        int node = 0;
        for (int v = 0; v < g.serverCount(); v++) {
            if (g.outDegree(v) > 0 && g.inDegree(v) > 0) {
                node = v;
                break;
            }
        }
        model.selectedNodeProperty().set(node);
        assertThat(model.dependencies()).hasSize(g.outDegree(node) + g.inDegree(node));
        assertThat(model.dependencies().stream().filter(DependenciesViewModel.DependencyRow::outgoing).count())
                .isEqualTo(g.outDegree(node));
        for (DependenciesViewModel.DependencyRow r : model.dependencies()) {
            var e = g.edge(r.edge());
            assertThat(r.hard()).isEqualTo(e.isHard());
            assertThat(r.other()).isEqualTo(r.outgoing() ? e.target() : e.source());
            assertThat(r.why()).isEqualTo(e.classification().text());
            if (!e.ports().isEmpty()) {
                assertThat(r.ports()).startsWith(String.valueOf(e.ports().get(0)));
            }
        }
        String group = null;
        for (DependencyStore.StoredGroup sg : project.dependencies().groups()) {
            if (sg.serverIds().contains(g.server(node).id())) {
                group = sg.name();
            }
        }
        String expectedGroup = group;
        assertThat(model.facts()).anySatisfy(f -> {
            assertThat(f.label()).isEqualTo("Move group");
            assertThat(f.value()).isEqualTo(expectedGroup);
        });
        // a dependency picked in the list: its other end becomes the selection
        DependenciesViewModel.DependencyRow first = model.dependencies().get(0);
        model.focus(first.other());
        assertThat(model.selectedNodeProperty().get()).isEqualTo(first.other());
        assertThat(model.selectionTitleProperty().get()).isEqualTo(g.endpoint(first.other()).label());
    }

    @Test
    void closingTheProjectEmptiesTheMap() {
        test.context().session().close();
        assertThat(model.stateProperty().get()).isEqualTo(State.NO_PROJECT);
        assertThat(model.geometryProperty().get()).isNull();
        assertThat(model.legend()).isEmpty();
    }
}
