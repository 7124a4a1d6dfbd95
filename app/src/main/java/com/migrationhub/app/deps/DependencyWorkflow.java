package com.migrationhub.app.deps;

import com.migrationhub.domain.assessment.ScenarioInfo;
import com.migrationhub.domain.dependency.Connection;
import com.migrationhub.domain.dependency.IpamEntry;
import com.migrationhub.domain.dependency.graph.DependencyEdge;
import com.migrationhub.domain.dependency.graph.DependencyGraph;
import com.migrationhub.domain.dependency.graph.DependencyGraphBuilder;
import com.migrationhub.domain.dependency.graph.DependencyOverrides;
import com.migrationhub.domain.dependency.graph.DependencyServer;
import com.migrationhub.domain.dependency.graph.Strength;
import com.migrationhub.domain.dependency.groups.GroupingOptions;
import com.migrationhub.domain.dependency.groups.MoveGroup;
import com.migrationhub.domain.dependency.groups.MoveGroups;
import com.migrationhub.domain.dependency.groups.SeededLabelPropagationGrouping;
import com.migrationhub.domain.dependency.layout.Layout;
import com.migrationhub.domain.dependency.layout.LayoutGraph;
import com.migrationhub.domain.dependency.layout.MultilevelForceLayout;
import com.migrationhub.domain.dependency.waves.Blackout;
import com.migrationhub.domain.dependency.waves.GreedyWavePlanning;
import com.migrationhub.domain.dependency.waves.Wave;
import com.migrationhub.domain.dependency.waves.WaveOptions;
import com.migrationhub.domain.dependency.waves.WavePlan;
import com.migrationhub.domain.store.DependencyStore;
import com.migrationhub.domain.store.ProjectFile;
import com.migrationhub.domain.task.ProgressMonitor;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The dependency engines over one project: builds the graph from the stored connections, the
 * inventory, the address plan and the consultant's overrides; computes the move groups with the
 * consultant's pins and stores them; plans the waves with stored options and pins and stores the
 * plan. The command line and the workbench both go through here, so they always agree.
 */
public final class DependencyWorkflow {
    /** Options of the grouping, as stored in the project's settings. */
    public static final String MAX_GROUP_SIZE = "groups.max-size";
    public static final String SPLIT_APPLICATIONS = "groups.split-large-applications";

    private final ProjectFile project;
    private final DependencyStore store;

    public DependencyWorkflow(ProjectFile project) {
        this.project = project;
        this.store = project.dependencies();
    }

    /** Whether any dependency data has been imported. */
    public boolean hasData() {
        return !store.imports().isEmpty();
    }

    /** The servers as the engines see them, with each one's risk score from the latest assessment, if any. */
    public List<DependencyServer> servers() {
        return servers(true);
    }

    private List<DependencyServer> servers(boolean withRisk) {
        Map<Long, Integer> risk = withRisk
                ? latestScenario().map(s -> project.assessments().riskScores(s.name())).orElse(Map.of()) : Map.of();
        List<DependencyServer> servers = new ArrayList<>();
        project.inventory().forEachServerOutline(s -> servers.add(DependencyServer.of(s, risk.get(s.id))));
        return servers;
    }

    private Optional<ScenarioInfo> latestScenario() {
        return project.assessments().scenarios().stream().max(Comparator.comparing(ScenarioInfo::assessedAt));
    }

    /** The consultant's hard/soft decisions as the graph builder takes them. */
    public DependencyOverrides overrides() {
        DependencyOverrides o = DependencyOverrides.NONE;
        for (DependencyStore.StrengthOverride so : store.overrides()) {
            Strength strength = Strength.valueOf(so.strength());
            if (so.kind().equals("server")) {
                o = o.withServer(Long.parseLong(so.subject()), strength);
            } else {
                String[] ends = so.subject().split(" -> ", 2);
                o = o.withEdge(ends[0], ends[1], strength);
            }
        }
        return o;
    }

    /** The dependency graph of what the project holds now. */
    public DependencyGraph graph(ProgressMonitor monitor) {
        return graph(true, monitor);
    }

    /**
     * The same graph without the servers' risk scores, which only move groups weigh: for what the
     * graph says of the estate's traffic. The risk scores are a pass over every result of the
     * latest scenario, a second at 100,000 servers. A report builds this graph in two steps
     * ({@link #prepareGraphWithoutRisk()}), from servers it has read already.
     */
    public DependencyGraph graphWithoutRisk(ProgressMonitor monitor) {
        return graph(false, monitor);
    }

    /** Builds a graph from servers a caller has read, without the project. */
    @FunctionalInterface
    public interface GraphBuild {
        DependencyGraph build(List<DependencyServer> servers, ProgressMonitor monitor);
    }

    /**
     * Reads now what {@link #graphWithoutRisk(ProgressMonitor)} needs from the project besides
     * the servers (the stored connections, the IP plan, the consultant's overrides) and returns
     * the build, which then runs on any thread without the project: a report builds the graph
     * from the servers of its own inventory pass while it reads the assessment.
     */
    public GraphBuild prepareGraphWithoutRisk() {
        DependencyStore.ConnectionCursor connections = store.connections().readAhead();
        List<IpamEntry> ipam = store.ipam();
        DependencyOverrides o = overrides();
        return (servers, monitor) -> {
            try (connections) {
                return DependencyGraphBuilder.shipped().build(servers, connections, ipam, o, monitor);
            }
        };
    }

    private DependencyGraph graph(boolean withRisk, ProgressMonitor monitor) {
        try (DependencyStore.ConnectionCursor connections = store.connections()) {
            return DependencyGraphBuilder.shipped().build(servers(withRisk), connections, store.ipam(), overrides(),
                    monitor);
        }
    }

    /** A dependency file stored by {@link #importAndBuild}: the import as stored, those it replaced, and the new graph. */
    public record Imported(DependencyStore.ImportInfo saved, List<DependencyStore.ImportInfo> replaced,
            DependencyGraph graph) {
    }

    /**
     * Stores a dependency file that has been read and builds the graph of the project as it is once
     * the file is stored, both at once: the store writes the connections on its own thread while
     * the graph is built from the connections already stored (less any import this file replaces)
     * and those just read. The graph equals {@link #graph} called after the import. The import is
     * one transaction of its own: when the build fails or is cancelled, the import is still
     * stored once this returns (or throws).
     */
    public Imported importAndBuild(DependencyStore.ImportInfo info, List<Connection> connections,
            List<DependencyStore.Skip> skips, ProgressMonitor monitor) {
        List<DependencyServer> servers = servers();
        List<IpamEntry> ipam = store.ipam();
        DependencyOverrides overrides = overrides();
        Set<Long> replacedIds = new HashSet<>();
        for (DependencyStore.ImportInfo old : store.imports()) {
            if (old.sha256().equals(info.sha256())) {
                replacedIds.add(old.id());
            }
        }
        // the other imports' rows first, as the store returns them after the new import (it takes the next id)
        List<Connection> all = new ArrayList<>();
        try (DependencyStore.ConnectionCursor stored = store.connections()) {
            for (Connection c : stored) {
                if (c.source() == null || !replacedIds.contains(c.source().importId())) {
                    all.add(c);
                }
            }
        }
        all.addAll(connections);
        List<DependencyStore.ImportInfo> replaced = new ArrayList<>();
        FutureTask<DependencyStore.ImportInfo> save = new FutureTask<>(
                () -> store.saveImport(info, connections, skips, replaced::add));
        Thread saver = new Thread(save, "dependency-save");
        saver.start();
        DependencyGraph graph;
        try {
            graph = DependencyGraphBuilder.shipped().build(servers, all, ipam, overrides, monitor);
        } finally {
            // the project's connection is the saver's until it ends, whatever happened here
            boolean interrupted = false;
            while (true) {
                try {
                    saver.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            return new Imported(save.get(), List.copyOf(replaced), graph);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The grouping options the project stores, with the consultant's pins. */
    public GroupingOptions groupingOptions() {
        Map<String, String> settings = project.settings().all();
        GroupingOptions o = GroupingOptions.DEFAULTS.withPins(store.groupPins());
        String max = settings.get(MAX_GROUP_SIZE);
        if (max != null) {
            o = o.withMaxGroupSize(Integer.parseInt(max));
        }
        return o.withSplitLargeApplications(Boolean.parseBoolean(settings.getOrDefault(SPLIT_APPLICATIONS, "false")));
    }

    /** Computes the move groups and stores them in one transaction. */
    public MoveGroups computeGroups(DependencyGraph graph, ProgressMonitor monitor) {
        MoveGroups groups = new SeededLabelPropagationGrouping().compute(graph, groupingOptions(), monitor);
        List<DependencyStore.StoredGroup> stored = new ArrayList<>();
        for (MoveGroup g : groups.groups()) {
            stored.add(new DependencyStore.StoredGroup(g.name(), g.origin().name(), g.reason(), g.serverIds(), g.vcpus(),
                    g.dependsOn()));
        }
        store.saveGroups(stored);
        return groups;
    }

    /** The wave options stored with the last plan, or the defaults from {@code start}. */
    public Optional<WaveOptions> storedWaveOptions() {
        return store.wavePlan().map(p -> waveOptions(p.options()));
    }

    /** Plans the waves for the groups with the consultant's wave pins and stores the plan in one transaction. */
    public WavePlan planWaves(MoveGroups groups, WaveOptions options, ProgressMonitor monitor) {
        WaveOptions o = options.withPins(store.wavePins());
        WavePlan plan = new GreedyWavePlanning().plan(groups, o, monitor);
        List<DependencyStore.StoredWave> waves = new ArrayList<>();
        for (Wave w : plan.waves()) {
            waves.add(new DependencyStore.StoredWave(w.number(), w.name(), w.start(), w.end(), w.why(), w.groups()));
        }
        store.saveWavePlan(new DependencyStore.StoredPlan(toMap(o), OffsetDateTime.now(ZoneOffset.UTC),
                plan.warnings(), waves));
        return plan;
    }

    /**
     * For the risk score: how many other inventory servers each server has a hard dependency with
     * (either direction); null when no dependency data was imported.
     */
    public Map<Long, Integer> dependencyCounts(ProgressMonitor monitor) {
        if (!hasData()) {
            return null;
        }
        DependencyGraph g = graph(monitor);
        Map<Long, Set<Long>> neighbours = new HashMap<>();
        for (DependencyEdge e : g.edges()) {
            if (e.isHard() && g.isServer(e.source()) && g.isServer(e.target())) {
                long a = g.server(e.source()).id();
                long b = g.server(e.target()).id();
                neighbours.computeIfAbsent(a, k -> new HashSet<>()).add(b);
                neighbours.computeIfAbsent(b, k -> new HashSet<>()).add(a);
            }
        }
        Map<Long, Integer> counts = new HashMap<>();
        neighbours.forEach((k, v) -> counts.put(k, v.size()));
        return counts;
    }

    /**
     * The workbench's drawing of the graph: the layout engine with each server's move group kept
     * together (external endpoints belong to none) and soft dependencies pulling a tenth as hard.
     *
     * @param groupOf server id to the name of its move group (servers missing have none)
     */
    public static Layout layout(DependencyGraph g, Map<Long, String> groupOf, ProgressMonitor monitor) {
        int n = g.nodeCount();
        int m = g.edgeCount();
        int[] src = new int[m];
        int[] dst = new int[m];
        double[] weight = new double[m];
        for (int e = 0; e < m; e++) {
            src[e] = g.source(e);
            dst[e] = g.target(e);
            weight[e] = g.isHard(e) ? 1.0 : 0.1;
        }
        Map<String, Integer> ids = new HashMap<>();
        int[] group = new int[n];
        for (int v = 0; v < n; v++) {
            String name = g.isServer(v) ? groupOf.get(g.server(v).id()) : null;
            group[v] = name == null ? -1 : ids.computeIfAbsent(name, k -> ids.size());
        }
        return new MultilevelForceLayout().layout(LayoutGraph.of(n, src, dst, weight, group), monitor);
    }

    /** Server id to its move group's name. */
    public static Map<Long, String> groupOf(MoveGroups groups) {
        Map<Long, String> of = new HashMap<>();
        for (MoveGroup g : groups.groups()) {
            g.serverIds().forEach(id -> of.put(id, g.name()));
        }
        return of;
    }

    /** The options as key=value pairs, as the plan stores them. */
    public static Map<String, String> toMap(WaveOptions o) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("capacity.servers", o.maxServers() == null ? "" : o.maxServers().toString());
        m.put("capacity.vcpus", o.maxVcpus() == null ? "" : o.maxVcpus().toString());
        m.put("start", o.start().toString());
        m.put("wave-length-days", Integer.toString(o.waveLengthDays()));
        List<String> b = new ArrayList<>();
        for (Blackout x : o.blackouts()) {
            b.add(x.from() + ".." + x.to());
        }
        m.put("blackouts", String.join(",", b));
        m.put("pilot-servers", Integer.toString(o.pilotServers()));
        m.put("environment-order", String.join(",", o.environmentOrder()));
        return m;
    }

    /** The options from their stored form (pins come from the store, not from here). */
    public static WaveOptions waveOptions(Map<String, String> m) {
        WaveOptions o = WaveOptions.defaults(LocalDate.parse(m.get("start")));
        Integer servers = blankToNull(m.get("capacity.servers"));
        Integer vcpus = blankToNull(m.get("capacity.vcpus"));
        o = o.withCapacity(servers, vcpus).withWaveLength(Integer.parseInt(m.getOrDefault("wave-length-days", "14")))
                .withPilot(Integer.parseInt(m.getOrDefault("pilot-servers", "10")));
        String blackouts = m.getOrDefault("blackouts", "");
        if (!blackouts.isBlank()) {
            List<Blackout> list = new ArrayList<>();
            for (String range : blackouts.split(",")) {
                list.add(parseBlackout(range));
            }
            o = o.withBlackouts(list);
        }
        String order = m.getOrDefault("environment-order", "");
        if (!order.isBlank()) {
            o = o.withEnvironmentOrder(List.of(order.split(",")));
        }
        return o;
    }

    /** "2026-12-20..2027-01-03" as a blackout. */
    public static Blackout parseBlackout(String range) {
        String[] ends = range.trim().split("\\.\\.", 2);
        if (ends.length != 2) {
            throw new IllegalArgumentException("a blackout is FROM..TO (e.g. 2026-12-20..2027-01-03), not '" + range + "'");
        }
        try {
            return new Blackout(LocalDate.parse(ends[0].trim()), LocalDate.parse(ends[1].trim()), range.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("a blackout is FROM..TO with dates as YYYY-MM-DD, not '" + range + "'");
        }
    }

    private static Integer blankToNull(String s) {
        return s == null || s.isBlank() ? null : Integer.valueOf(s);
    }
}
