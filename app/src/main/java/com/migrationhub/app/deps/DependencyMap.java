package com.migrationhub.app.deps;

import com.migrationhub.domain.assessment.ScenarioInfo;
import com.migrationhub.domain.assessment.strategy.Strategy;
import com.migrationhub.domain.dependency.graph.DependencyGraph;
import com.migrationhub.domain.dependency.layout.Layout;
import com.migrationhub.domain.store.DependencyStore;
import com.migrationhub.domain.store.ProjectFile;
import com.migrationhub.domain.task.ProgressMonitor;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The dependency map as the workbench draws it: the dependency graph of what the project holds
 * now ({@link DependencyWorkflow#graph}), its layout ({@link DependencyWorkflow#layout}, seeded,
 * move groups kept together, exactly the positions {@code mhub graph export} writes), and for
 * each inventory server its stored move group, the wave of that group in the stored plan, and
 * the 7R strategy of the latest assessment scenario. Risk scores come with the graph's servers.
 *
 * <p>Cost: building the graph (O(connections)) and, unless an earlier map of the same graph and
 * groups can lend its layout, laying it out (about 2 s at 10,000 servers); reading the latest
 * scenario's results is O(servers × cloud-regions). Immutable once read.
 */
public final class DependencyMap {
    private final DependencyGraph graph;
    private final Layout layout;
    private final Map<Long, String> groupOf;
    private final Map<String, DependencyStore.StoredWave> waveOfGroup;
    private final Map<Long, Strategy> strategyOf;
    private final String scenario;
    private final boolean layoutReused;

    private DependencyMap(DependencyGraph graph, Layout layout, Map<Long, String> groupOf,
            Map<String, DependencyStore.StoredWave> waveOfGroup, Map<Long, Strategy> strategyOf, String scenario,
            boolean layoutReused) {
        this.graph = graph;
        this.layout = layout;
        this.groupOf = groupOf;
        this.waveOfGroup = waveOfGroup;
        this.strategyOf = strategyOf;
        this.scenario = scenario;
        this.layoutReused = layoutReused;
    }

    /**
     * Reads the map of a project that has dependency data ({@link DependencyWorkflow#hasData()}).
     *
     * @param previous an earlier map of the same project, or null: its layout is kept when the graph
     *                 (endpoints, dependencies and their strengths) and the move groups are unchanged,
     *                 so that re-reading after a wave or assessment change does not move a node
     */
    public static DependencyMap read(ProjectFile project, DependencyMap previous, ProgressMonitor monitor) {
        DependencyWorkflow workflow = new DependencyWorkflow(project);
        DependencyStore store = project.dependencies();
        monitor.progress(0, -1, "building the dependency graph");
        DependencyGraph graph = workflow.graph(monitor);
        monitor.checkCancelled();
        Map<Long, String> groupOf = groupOf(store);
        Map<String, DependencyStore.StoredWave> waveOfGroup = new HashMap<>();
        store.wavePlan().ifPresent(plan -> plan.waves()
                .forEach(w -> w.groups().forEach(g -> waveOfGroup.put(g, w))));
        Map<Long, Strategy> strategyOf = new HashMap<>();
        Optional<ScenarioInfo> latest = project.assessments().scenarios().stream()
                .max(Comparator.comparing(ScenarioInfo::assessedAt));
        if (latest.isPresent()) {
            monitor.progress(0, -1, "reading the strategies of scenario " + latest.get().name());
            project.assessments().forEachResult(latest.get().name(), false, r -> {
                if (r.strategy() != null && !strategyOf.containsKey(r.serverId())) {
                    try {
                        strategyOf.put(r.serverId(), Strategy.parse(r.strategy()));
                    } catch (IllegalArgumentException unknown) {
                        // a strategy this build does not know: shown as none
                    }
                }
            });
        }
        monitor.checkCancelled();
        Layout layout;
        boolean reused = previous != null && sameDrawing(previous, graph, groupOf);
        if (reused) {
            layout = previous.layout;
        } else {
            monitor.progress(0, -1, "laying out " + graph.nodeCount() + " endpoints");
            layout = DependencyWorkflow.layout(graph, groupOf, monitor);
        }
        return new DependencyMap(graph, layout, Map.copyOf(groupOf), Map.copyOf(waveOfGroup), Map.copyOf(strategyOf),
                latest.map(ScenarioInfo::name).orElse(null), reused);
    }

    /** Server id to the name of its stored move group, as {@code mhub groups list} shows them. */
    public static Map<Long, String> groupOf(DependencyStore store) {
        Map<Long, String> groupOf = new HashMap<>();
        for (DependencyStore.StoredGroup sg : store.groups()) {
            sg.serverIds().forEach(id -> groupOf.put(id, sg.name()));
        }
        return groupOf;
    }

    private static boolean sameDrawing(DependencyMap previous, DependencyGraph graph, Map<Long, String> groupOf) {
        DependencyGraph old = previous.graph;
        if (old.nodeCount() != graph.nodeCount() || old.edgeCount() != graph.edgeCount()
                || !previous.groupOf.equals(groupOf)) {
            return false;
        }
        for (int v = 0; v < graph.nodeCount(); v++) {
            if (!old.endpoint(v).key().equals(graph.endpoint(v).key())) {
                return false;
            }
        }
        for (int e = 0; e < graph.edgeCount(); e++) {
            if (old.source(e) != graph.source(e) || old.target(e) != graph.target(e) || old.isHard(e) != graph.isHard(e)) {
                return false;
            }
        }
        return true;
    }

    public DependencyGraph graph() {
        return graph;
    }

    /** Positions by node, in units of the mean spacing of nodes. */
    public Layout layout() {
        return layout;
    }

    /** Whether the layout was taken over from the previous map rather than computed. */
    public boolean layoutReused() {
        return layoutReused;
    }

    /** The move group of a server, or null when it has none (no groups computed, or not in one). */
    public String group(long serverId) {
        return groupOf.get(serverId);
    }

    /** The stored wave of a server's move group, or null. */
    public DependencyStore.StoredWave wave(long serverId) {
        String g = groupOf.get(serverId);
        return g == null ? null : waveOfGroup.get(g);
    }

    /** The strategy of the latest assessment scenario for a server, or null. */
    public Strategy strategy(long serverId) {
        return strategyOf.get(serverId);
    }

    /** The latest assessment scenario's name, or null when the project has none. */
    public String scenario() {
        return scenario;
    }

    /** Whether move groups were stored for any server. */
    public boolean hasGroups() {
        return !groupOf.isEmpty();
    }

    /** Whether a wave plan places any server. */
    public boolean hasWaves() {
        return !waveOfGroup.isEmpty();
    }

    @Override
    public String toString() {
        return "DependencyMap[" + graph.nodeCount() + " endpoints, " + graph.edgeCount() + " dependencies, scenario "
                + Objects.toString(scenario, "none") + "]";
    }
}
