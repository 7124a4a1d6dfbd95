package com.migrationhub.app.cli;

import com.migrationhub.app.deps.DependencyWorkflow;
import com.migrationhub.domain.dependency.graph.DependencyEdge;
import com.migrationhub.domain.dependency.graph.DependencyGraph;
import com.migrationhub.domain.dependency.graph.Endpoint;
import com.migrationhub.domain.dependency.DependencyImportService;
import com.migrationhub.domain.dependency.DependencyImporter;
import com.migrationhub.domain.dependency.DependencyOptions;
import com.migrationhub.domain.dependency.IpamEntry;
import com.migrationhub.domain.store.DependencyStore;
import com.migrationhub.domain.store.ProjectFile;
import com.migrationhub.domain.task.ProgressMonitor;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "deps", mixinStandardHelpOptions = true,
        description = {"Dependency data: import connection exports and captures, list the imports, show the "
            + "dependency graph, mark dependencies hard or soft."},
        subcommands = {DepsCommand.Import.class, DepsCommand.Imports.class, DepsCommand.Delete.class,
            DepsCommand.Show.class, DepsCommand.Mark.class})
final class DepsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** How the project's connection ends resolve to inventory servers. */
    static void resolution(PrintWriter out, DependencyGraph g) {
        DependencyGraph.Resolution r = g.resolution();
        out.printf("Endpoints: %,d inventory servers with traffic of %,d, %,d external endpoints%n", g.activeServers(),
                g.serverCount(), r.externalEndpoints());
        out.printf("Connection ends resolved: %,d by name, %,d by IP, %,d through the IP address plan, %,d external%n",
                r.byName(), r.byIp(), r.byIpam(), r.external());
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import dependency data into the project.", "",
                "Each file's format is detected from its content. Each file is one transaction: a file that fails "
                    + "leaves the project exactly as it was; the same file imported again replaces its earlier "
                    + "import. Rows describing the same traffic (endpoints, processes, port, protocol) are summed: "
                    + "connections and time slots add up, first and last seen widen. Endpoints are matched to "
                    + "inventory servers when the graph is built (by name, then by any IP the inventory or the "
                    + "IP address plan knows); the rest are kept as external endpoints."},
            footer = {"", "Formats: azure-migrate-deps (Azure Migrate dependency export CSV), aws-ads (AWS Application "
                + "Discovery network connections CSV), deps-csv (any CSV with source, destination, port...), ss "
                + "(Linux `ss -tanp` capture), netstat (Windows `netstat -ano` capture)."})
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ProjectOption project;

        @Option(names = "--format", paramLabel = "FORMAT", description = "Force a format instead of detecting it.")
        String format;

        @Option(names = "--host", paramLabel = "NAME",
                description = "For a capture (ss, netstat): the server it was taken on (default: the file name up to its first dot).")
        String host;

        @Option(names = "--ipam", paramLabel = "FILE",
                description = "An IP address plan CSV (ip, hostname) that resolves connections seen only by IP; may be repeated.")
        List<Path> ipam = new ArrayList<>();

        @Parameters(arity = "0..*", paramLabel = "SOURCE", description = "The files to import.")
        List<Path> sources = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (sources.isEmpty() && ipam.isEmpty()) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "name at least one SOURCE file or an --ipam file");
            }
            DependencyImportService service = DependencyImportService.withInstalledImporters();
            if (format != null && service.importer(format).isEmpty()) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "unknown --format '" + format + "'; the dependency formats are: " + service.formats());
            }
            try (ProjectFile p = project.open()) {
                DependencyStore store = p.dependencies();
                // an address plan given as a source is taken as one (the dependency formats never match it)
                List<Path> plans = new ArrayList<>(ipam);
                List<Path> exports = new ArrayList<>();
                for (Path file : sources) {
                    (format == null && DependencyImportService.isIpam(file) ? plans : exports).add(file);
                }
                for (Path file : plans) {
                    long[] skipped = {0};
                    List<IpamEntry> entries = DependencyImportService.readIpam(file, s -> skipped[0]++,
                            ProgressMonitor.NONE);
                    store.saveIpam(file.getFileName().toString(), entries);
                    out.printf("%s: IP address plan, %,d addresses, %,d rows skipped%n", file.getFileName(),
                            entries.size(), skipped[0]);
                }
                for (Path file : exports) {
                    Progress progress = Progress.forTerminal(err);
                    long start = System.nanoTime();
                    DependencyImportService.Read read;
                    try {
                        read = service.read(file, format, new DependencyOptions(host), progress);
                    } finally {
                        progress.finish();
                    }
                    List<DependencyStore.Skip> skips = new ArrayList<>();
                    for (DependencyImporter.Skipped s : read.skipped()) {
                        skips.add(new DependencyStore.Skip(s.row(), s.reason()));
                    }
                    DependencyStore.ImportInfo info = new DependencyStore.ImportInfo(0, file.getFileName().toString(),
                            file.toAbsolutePath().normalize().toString(), read.sha256(), read.importer().format(),
                            read.captureHost(), OffsetDateTime.now(), read.rows(), read.skips(), 0);
                    List<DependencyStore.ImportInfo> replaced = new ArrayList<>();
                    DependencyStore.ImportInfo saved;
                    DependencyGraph graph = null;
                    if (file == exports.get(exports.size() - 1)) {
                        // after the last file, how the endpoints resolve: built while the store writes
                        DependencyWorkflow.Imported done = new DependencyWorkflow(p).importAndBuild(info,
                                read.connections(), skips, ProgressMonitor.NONE);
                        saved = done.saved();
                        replaced.addAll(done.replaced());
                        graph = done.graph();
                    } else {
                        saved = store.saveImport(info, read.connections(), skips, replaced::add);
                    }
                    out.printf("%s: %s%s, %,d rows -> %,d distinct connections, %,d skipped (%.1f s)%n",
                            file.getFileName(), read.importer().displayName(),
                            read.captureHost() == null ? "" : " taken on " + read.captureHost(), read.rows(),
                            saved.connections(), read.skips(), (System.nanoTime() - start) / 1e9);
                    for (DependencyStore.ImportInfo r : replaced) {
                        out.printf("  replaces import %d of the same file (%s)%n", r.id(),
                                ImportsCommand.WHEN.format(r.importedAt()));
                    }
                    for (DependencyImporter.Skipped s : read.skipped().subList(0, Math.min(5, read.skipped().size()))) {
                        out.printf("  skipped row %d: %s%n", s.row(), s.reason());
                    }
                    if (read.skips() > 5) {
                        out.printf("  ... %,d more skipped rows: mhub deps imports show %d%n", read.skips() - 5,
                                saved.id());
                    }
                    if (graph != null) {
                        resolution(out, graph);
                    }
                }
            }
            return 0;
        }
    }

    @Command(name = "imports", mixinStandardHelpOptions = true,
            description = "The dependency imports: each file, its format, SHA-256, rows and connections.",
            subcommands = DepsCommand.ImportShow.class)
    static final class Imports implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ProjectOption project;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (ProjectFile p = project.open()) {
                Table t = new Table(List.of("ID", "WHEN", "FILE", "FORMAT", "HOST", "ROWS", "CONNECTIONS", "SKIPPED"),
                        true, false, false, false, false, true, true, true);
                for (DependencyStore.ImportInfo i : p.dependencies().imports()) {
                    t.add(i.id(), ImportsCommand.WHEN.format(i.importedAt()), i.fileName(), i.format(),
                            i.captureHost() == null ? "" : i.captureHost(), i.rowsRead(), i.connections(), i.rowsSkipped());
                }
                t.print(out);
                out.printf("IP address plan: %,d addresses%n", p.dependencies().ipam().size());
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "One dependency import and the rows it skipped.")
    static final class ImportShow implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ProjectOption project;

        @Parameters(index = "0", paramLabel = "ID", description = "The import's id (see mhub deps imports).")
        long id;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (ProjectFile p = project.open()) {
                DependencyStore.ImportInfo i = p.dependencies().importRun(id).orElseThrow(
                        () -> new IllegalArgumentException("the project has no dependency import " + id));
                out.printf("import %d: %s (%s)%n  path: %s%n  sha256: %s%n  rows: %,d, distinct connections: %,d, "
                        + "skipped: %,d%n", i.id(), i.fileName(), i.format(), i.path(), i.sha256(), i.rowsRead(),
                        i.connections(), i.rowsSkipped());
                for (DependencyStore.Skip s : p.dependencies().skips(id)) {
                    out.printf("  skipped row %d: %s%n", s.row(), s.reason());
                }
            }
            return 0;
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a dependency import and its connections.")
    static final class Delete implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ProjectOption project;

        @Parameters(index = "0", paramLabel = "ID", description = "The import's id (see mhub deps imports).")
        long id;

        @Override
        public Integer call() throws Exception {
            try (ProjectFile p = project.open()) {
                if (!p.dependencies().deleteImport(id)) {
                    throw new IllegalArgumentException("the project has no dependency import " + id);
                }
                spec.commandLine().getOut().printf("deleted dependency import %d%n", id);
            }
            return 0;
        }
    }

    /** One server's name or id to its id; one line when there is none or several. */
    static long serverId(ProjectFile p, String what) {
        List<com.migrationhub.domain.model.Server> found = p.inventory().find(what);
        if (found.isEmpty()) {
            throw new IllegalArgumentException("no server '" + what + "' in the project");
        }
        if (found.size() > 1) {
            throw new IllegalArgumentException("'" + what + "' names " + found.size() + " servers; use the id (mhub inventory)");
        }
        return found.get(0).id;
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = {"The dependency graph: how the endpoints resolved, hard and soft dependencies and why, the "
                + "shared-service hubs; or one server's dependencies (--server); or every edge (--format csv|json)."})
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ProjectOption project;

        @Option(names = "--server", paramLabel = "SERVER", description = "One server's dependencies, in and out.")
        String server;

        @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), csv or json.")
        OutputFormat format = OutputFormat.table;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (ProjectFile p = project.open()) {
                DependencyWorkflow w = new DependencyWorkflow(p);
                if (!w.hasData()) {
                    throw new IllegalArgumentException("the project has no dependency data; import some with mhub deps import");
                }
                Progress progress = Progress.forTerminal(spec.commandLine().getErr());
                DependencyGraph g;
                try {
                    g = w.graph(progress);
                } finally {
                    progress.finish();
                }
                List<DependencyEdge> edges = new ArrayList<>();
                if (server != null) {
                    int node = g.nodeOf(serverId(p, server));
                    if (node < 0) {
                        throw new IllegalArgumentException("'" + server + "' is not in the dependency graph");
                    }
                    for (int i = 0; i < g.outDegree(node); i++) {
                        edges.add(g.edge(g.outEdge(node, i)));
                    }
                    for (int i = 0; i < g.inDegree(node); i++) {
                        edges.add(g.edge(g.inEdge(node, i)));
                    }
                } else if (format != OutputFormat.table) {
                    edges.addAll(g.edges());
                }
                if (format == OutputFormat.json) {
                    List<Object> list = new ArrayList<>();
                    for (DependencyEdge e : edges) {
                        list.add(json(g, e));
                    }
                    Map<String, Object> doc = new LinkedHashMap<>();
                    doc.put("edges", list);
                    out.print(Json.write(doc));
                    return 0;
                }
                if (format == OutputFormat.csv) {
                    Table.csv(out, "source", "destination", "strength", "why", "ports", "protocols", "source_processes",
                            "destination_processes", "connections", "slots", "first_seen", "last_seen");
                    for (DependencyEdge e : edges) {
                        Table.csv(out, g.endpoint(e.source()).label(), g.endpoint(e.target()).label(), e.strength(),
                                e.classification().text(), Table.words(e.ports()), Table.words(e.protocols()),
                                Table.words(e.sourceProcesses()), Table.words(e.destinationProcesses()), e.connections(), e.slots(),
                                e.firstSeen(), e.lastSeen());
                    }
                    return 0;
                }
                if (server == null) {
                    summary(out, g);
                    return 0;
                }
                Table t = new Table(List.of("FROM", "TO", "PORTS", "PROCESSES", "SLOTS", "STRENGTH", "WHY"),
                        false, false, false, false, true, false, false);
                for (DependencyEdge e : edges) {
                    t.add(g.endpoint(e.source()).label(), g.endpoint(e.target()).label(), Table.words(e.ports()),
                            Table.words(e.destinationProcesses()), e.slots(), e.strength().name().toLowerCase(java.util.Locale.ROOT),
                            e.classification().text());
                }
                t.print(out);
            }
            return 0;
        }

        private static void summary(PrintWriter out, DependencyGraph g) {
            resolution(out, g);
            long hard = g.hardEdgeCount();
            out.printf("Dependencies: %,d, of which %,d hard and %,d soft (shared services)%n", g.edgeCount(), hard,
                    g.edgeCount() - hard);
            Map<String, Integer> why = new java.util.TreeMap<>();
            for (DependencyEdge e : g.edges()) {
                if (!e.isHard()) {
                    String k = e.classification().category() == null ? e.classification().basis().name().toLowerCase(
                            java.util.Locale.ROOT) : e.classification().category().name().toLowerCase(java.util.Locale.ROOT);
                    why.merge(k, 1, Integer::sum);
                }
            }
            if (!why.isEmpty()) {
                out.println("Soft dependencies by shared service: " + why.entrySet().stream()
                        .map(x -> x.getKey() + " " + x.getValue()).collect(java.util.stream.Collectors.joining(", ")));
            }
            if (!g.hubs().isEmpty()) {
                out.println("Shared-service hubs (their dependencies are soft):");
                for (DependencyGraph.Hub h : g.hubs()) {
                    out.printf("  %s: %s%n", g.endpoint(h.node()).label(), h.describe());
                }
            }
        }

        private static Map<String, Object> json(DependencyGraph g, DependencyEdge e) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("source", g.endpoint(e.source()).label());
            m.put("sourceKey", g.endpoint(e.source()).key());
            m.put("destination", g.endpoint(e.target()).label());
            m.put("destinationKey", g.endpoint(e.target()).key());
            m.put("strength", e.strength().name());
            m.put("why", e.classification().text());
            m.put("ports", e.ports());
            m.put("protocols", e.protocols());
            m.put("sourceProcesses", e.sourceProcesses());
            m.put("destinationProcesses", e.destinationProcesses());
            m.put("connections", e.connections());
            m.put("slots", e.slots());
            m.put("firstSeen", e.firstSeen() == null ? null : e.firstSeen().toString());
            m.put("lastSeen", e.lastSeen() == null ? null : e.lastSeen().toString());
            return m;
        }

    }

    @Command(name = "mark", mixinStandardHelpOptions = true,
            description = {"Mark a server or one dependency hard or soft, over what the rules say; --clear removes the "
                + "mark. A server marked soft is a shared service: every dependency to and from it is soft. The "
                + "marks survive re-imports and re-computation; recompute the groups afterwards (mhub groups compute)."})
    static final class Mark implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        ProjectOption project;

        @Option(names = "--server", paramLabel = "SERVER", description = "The server to mark.")
        String server;

        @Option(names = "--edge", paramLabel = "FROM->TO", description = "The dependency to mark: caller and callee, "
                + "as server names, or keys as mhub deps show --format json gives them (ip:10.1.2.3).")
        String edge;

        @Option(names = "--note", paramLabel = "TEXT", description = "Why, for the record.")
        String note;

        @Option(names = "--clear", description = "Remove the mark instead.")
        boolean clear;

        @Parameters(index = "0", arity = "0..1", paramLabel = "hard|soft", description = "The strength.")
        String strength;

        @Override
        public Integer call() throws Exception {
            if ((server == null) == (edge == null)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name one --server or one --edge");
            }
            if (!clear && (strength == null || !strength.matches("(?i)hard|soft"))) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "say hard or soft (or --clear)");
            }
            try (ProjectFile p = project.open()) {
                String kind;
                String subject;
                if (server != null) {
                    kind = "server";
                    subject = Long.toString(serverId(p, server));
                } else {
                    String[] ends = edge.split("->", 2);
                    if (ends.length != 2) {
                        throw new IllegalArgumentException("--edge is FROM->TO, not '" + edge + "'");
                    }
                    kind = "edge";
                    subject = key(p, ends[0].trim()) + " -> " + key(p, ends[1].trim());
                }
                DependencyStore store = p.dependencies();
                if (clear) {
                    boolean had = store.clearOverride(kind, subject);
                    spec.commandLine().getOut().println(had ? "mark removed: " + kind + " " + subject
                            : "there was no mark on " + kind + " " + subject);
                } else {
                    String s = strength.toUpperCase(java.util.Locale.ROOT);
                    store.setOverride(new DependencyStore.StrengthOverride(kind, subject, s, note, OffsetDateTime.now()));
                    spec.commandLine().getOut().println("marked " + s.toLowerCase(java.util.Locale.ROOT) + ": " + kind
                            + " " + subject);
                }
            }
            return 0;
        }

        /** An endpoint key: kept as given when it is one already, else the server the name names. */
        private static String key(ProjectFile p, String what) {
            // the keys as the graph makes them: names in lower case without a trailing dot, addresses normalized
            if (what.startsWith("server:")) {
                return what;
            }
            if (what.startsWith("ip:")) {
                return "ip:" + com.migrationhub.domain.dependency.graph.EndpointResolver.normalIp(what.substring(3));
            }
            if (what.startsWith("name:")) {
                return "name:" + com.migrationhub.domain.dependency.graph.EndpointResolver.normalName(what.substring(5));
            }
            return Endpoint.serverKey(serverId(p, what));
        }
    }
}
