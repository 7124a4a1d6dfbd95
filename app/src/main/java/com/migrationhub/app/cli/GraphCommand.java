package com.migrationhub.app.cli;

import com.migrationhub.app.deps.DependencyWorkflow;
import com.migrationhub.domain.dependency.export.AttributeValue;
import com.migrationhub.domain.dependency.export.ExportGraph;
import com.migrationhub.domain.dependency.export.GraphExporter;
import com.migrationhub.domain.dependency.graph.DependencyEdge;
import com.migrationhub.domain.dependency.graph.DependencyGraph;
import com.migrationhub.domain.dependency.graph.DependencyServer;
import com.migrationhub.domain.dependency.graph.Endpoint;
import com.migrationhub.domain.dependency.layout.Layout;
import com.migrationhub.domain.store.DependencyStore;
import com.migrationhub.domain.store.ProjectFile;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "graph", mixinStandardHelpOptions = true, description = "The dependency graph as a file for other tools.",
        subcommands = GraphCommand.Export.class)
final class GraphCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    enum Format { graphml, dot, csv }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Write the dependency graph: every endpoint (inventory servers with their move group, wave, "
                + "application and environment; external endpoints) and every dependency (ports, processes, "
                + "connections, time slots, hard or soft and why). GraphML and DOT carry the workbench's layout as "
                + "positions (seed 1, groups kept together); the CSV is an edge list, safe to open in a spreadsheet."})
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ProjectOption project;

        @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "graphml, dot or csv.")
        Format format;

        @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Where to write (default: the project's name "
                + "with the format's extension, beside it).")
        Path out;

        @Option(names = "--hard-only", description = "Leave out the soft dependencies (shared services).")
        boolean hardOnly;

        @Override
        public Integer call() throws Exception {
            try (ProjectFile p = project.open()) {
                DependencyWorkflow w = new DependencyWorkflow(p);
                if (!w.hasData()) {
                    throw new IllegalArgumentException("the project has no dependency data; import some with mhub deps import");
                }
                Progress progress = Progress.forTerminal(spec.commandLine().getErr());
                DependencyGraph g;
                Layout layout = null;
                Map<Long, String> groupOf = new HashMap<>();
                for (DependencyStore.StoredGroup sg : p.dependencies().groups()) {
                    sg.serverIds().forEach(id -> groupOf.put(id, sg.name()));
                }
                Map<String, Integer> waveOf = new HashMap<>();
                p.dependencies().wavePlan().ifPresent(plan -> plan.waves()
                        .forEach(wave -> wave.groups().forEach(gn -> waveOf.put(gn, wave.number()))));
                try {
                    g = w.graph(progress);
                    if (format != Format.csv) {
                        layout = DependencyWorkflow.layout(g, groupOf, progress);
                    }
                } finally {
                    progress.finish();
                }
                ExportGraph.Builder b = ExportGraph.builder().name(p.settings().all().getOrDefault("client", "dependencies"));
                for (Endpoint e : g.endpoints()) {
                    Map<String, AttributeValue> a = new LinkedHashMap<>();
                    DependencyServer s = e.server();
                    a.put("kind", AttributeValue.of(s == null ? "external" : "server"));
                    if (s != null) {
                        a.put("server_id", AttributeValue.of(s.id()));
                        put(a, "application", s.application());
                        put(a, "environment", s.environment());
                        a.put("vcpus", AttributeValue.of(s.vcpus()));
                        String group = groupOf.get(s.id());
                        put(a, "group", group);
                        if (group != null && waveOf.containsKey(group)) {
                            a.put("wave", AttributeValue.of(waveOf.get(group)));
                        }
                    }
                    if (layout != null) {
                        // points, as Graphviz reads pos: one average spacing is 72 points (an inch)
                        b.node(e.key(), e.label(), a, layout.x(e.node()) * 72, layout.y(e.node()) * 72);
                    } else {
                        b.node(e.key(), e.label(), a);
                    }
                }
                int written = 0;
                for (DependencyEdge e : g.edges()) {
                    if (hardOnly && !e.isHard()) {
                        continue;
                    }
                    Map<String, AttributeValue> a = new LinkedHashMap<>();
                    a.put("strength", AttributeValue.of(e.strength().name().toLowerCase(Locale.ROOT)));
                    a.put("why", AttributeValue.of(e.classification().text()));
                    a.put("ports", AttributeValue.of(Table.words(e.ports())));
                    a.put("protocols", AttributeValue.of(Table.words(e.protocols())));
                    a.put("source_processes", AttributeValue.of(Table.words(e.sourceProcesses())));
                    a.put("destination_processes", AttributeValue.of(Table.words(e.destinationProcesses())));
                    a.put("connections", AttributeValue.of(e.connections()));
                    a.put("slots", AttributeValue.of(e.slots()));
                    if (e.firstSeen() != null) {
                        a.put("first_seen", AttributeValue.of(e.firstSeen().toString()));
                    }
                    if (e.lastSeen() != null) {
                        a.put("last_seen", AttributeValue.of(e.lastSeen().toString()));
                    }
                    b.edge(g.endpoint(e.source()).key(), g.endpoint(e.target()).key(), a);
                    written++;
                }
                GraphExporter exporter = java.util.ServiceLoader.load(GraphExporter.class, GraphCommand.class.getClassLoader())
                        .stream().map(java.util.ServiceLoader.Provider::get).filter(x -> x.format().equals(format.name()))
                        .findFirst().orElseThrow(() -> new IllegalStateException("no " + format + " exporter is installed"));
                Path target = out != null ? out : defaultOut(p.path(), exporter.extension());
                if (target.toAbsolutePath().normalize().equals(p.path().toAbsolutePath().normalize())) {
                    throw new IllegalArgumentException(target + " is the project file itself; choose another name with -o");
                }
                try {
                    exporter.write(b.build(), target);
                } catch (java.nio.file.NoSuchFileException | java.nio.file.AccessDeniedException e) {
                    throw new IllegalArgumentException(target + ": cannot be written ("
                            + (e instanceof java.nio.file.NoSuchFileException ? "its folder does not exist"
                                    : "no permission") + "); nothing was written");
                } catch (java.io.IOException e) {
                    throw new IllegalArgumentException(target + ": cannot be written (" + e.getMessage()
                            + "); nothing was written");
                }
                spec.commandLine().getOut().printf("Wrote %s: %,d endpoints, %,d dependencies%n", target,
                        g.nodeCount(), written);
            }
            return 0;
        }

        private static Path defaultOut(Path project, String extension) {
            String name = project.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String ext = extension.startsWith(".") ? extension : "." + extension;
            return project.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ext);
        }

        private static void put(Map<String, AttributeValue> a, String key, String value) {
            if (value != null && !value.isBlank()) {
                a.put(key, AttributeValue.of(value));
            }
        }

    }
}
