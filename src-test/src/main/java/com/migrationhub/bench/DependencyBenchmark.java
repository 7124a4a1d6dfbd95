package com.migrationhub.bench;

import com.migrationhub.app.deps.DependencyWorkflow;
import com.migrationhub.domain.dependency.DependencyImportService;
import com.migrationhub.domain.dependency.DependencyOptions;
import com.migrationhub.domain.dependency.graph.DependencyGraph;
import com.migrationhub.domain.dependency.groups.MoveGroups;
import com.migrationhub.domain.dependency.layout.Layout;
import com.migrationhub.domain.dependency.waves.WaveOptions;
import com.migrationhub.domain.dependency.waves.WavePlan;
import com.migrationhub.domain.inventory.ImportService;
import com.migrationhub.domain.store.DependencyStore;
import com.migrationhub.domain.store.ProjectFile;
import com.migrationhub.domain.task.ProgressMonitor;
import com.migrationhub.samples.ExportFormat;
import com.migrationhub.samples.GeneratorOptions;
import com.migrationhub.samples.InventoryGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The dependency benchmark (not a test): on a generated estate (the samples generator's Azure
 * Migrate inventory CSV and dependency export, 20 rows per VM), imports the inventory (not
 * counted), then times what the issue counts together: importing the dependency export into the
 * project file (read, aggregate, store), building the graph from the project, computing and
 * storing the move groups, planning and storing the waves. Then, on the same graph in the same
 * run, our layout against Graphviz {@code sfdp} (skipped with a message where it is missing or
 * with {@code --no-layout}). Prints wall times, peak heap and the ratio ours / sfdp.
 *
 * <p>Usage: {@code DependencyBenchmark [--vms 10000] [--dir /tmp/mhub-bench] [--runs 3] [--no-layout]}; the
 * generated files are kept in the folder and reused.
 */
public final class DependencyBenchmark {
    private DependencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int vms = 10_000;
        Path base = Path.of(System.getProperty("java.io.tmpdir"), "mhub-bench");
        boolean layout = true;
        int runs = 3;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--vms" -> vms = Integer.parseInt(args[++i].replace("_", ""));
                case "--dir" -> base = Path.of(args[++i]);
                case "--no-layout" -> layout = false;
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("usage: DependencyBenchmark [--vms 10000] [--dir DIR] [--no-layout]");
                    System.exit(2);
                }
            }
        }
        System.out.printf(Locale.ROOT, "machine: %d cores, %s %s, Java %s, max heap %d MiB%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("os.arch"),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
        Path dir = base.resolve("deps-" + vms);
        Path inventory = dir.resolve("bench-azure-migrate.csv");
        Path deps = dir.resolve("bench-dependencies.csv");
        if (!Files.exists(deps) || !Files.exists(inventory)) {
            long t = System.nanoTime();
            InventoryGenerator.generate(new GeneratorOptions(vms, 42, dir,
                    EnumSet.of(ExportFormat.AZURE_MIGRATE, ExportFormat.AZURE_MIGRATE_DEPS), "bench", 20L * vms));
            System.out.printf(Locale.ROOT, "generated %,d VMs and their dependency export in %.1f s%n", vms,
                    (System.nanoTime() - t) / 1e9);
        }
        Path project = dir.resolve("bench.mhub");
        Files.deleteIfExists(project);
        Files.deleteIfExists(dir.resolve("bench.mv.db"));
        try (ProjectFile p = ProjectFile.create(project, "Bench", "Dependencies")) {
            long t = System.nanoTime();
            ImportService inv = ImportService.withInstalledImporters();
            inv.importFile(inv.plan(List.of(inventory), null).get(0), null, p, ProgressMonitor.NONE);
            System.out.printf(Locale.ROOT, "inventory imported (not counted): %,d servers in %.1f s%n",
                    p.inventory().summary().servers(), (System.nanoTime() - t) / 1e9);
        }
        DependencyGraph graph = null;
        MoveGroups groups = null;
        for (int run = 1; run <= runs; run++) {
            System.gc();
            System.out.print(run == 1 ? "first run in a fresh JVM: " : "run " + run + ": ");
            // each run imports into a fresh copy of the project that holds only the inventory
            Path copy = dir.resolve("bench-run.mhub");
            Files.copy(project, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Object[] result = timedRun(copy, deps);
            graph = (DependencyGraph) result[0];
            groups = (MoveGroups) result[1];
        }
        if (layout) {
            layout(graph, groups, dir);
        }
    }

    /** Import, graph, groups and waves, timed; returns the graph and the groups. */
    private static Object[] timedRun(Path project, Path deps) throws Exception {
        ImportBenchmark.HeapWatch heap = new ImportBenchmark.HeapWatch();
        heap.start();
        long t0 = System.nanoTime();
        DependencyGraph graph;
        MoveGroups groups;
        WavePlan plan;
        double tImport;
        double tGraph;
        double tGroups;
        double tWaves;
        long rows;
        try (ProjectFile p = ProjectFile.open(project)) {
            long t = System.nanoTime();
            DependencyImportService.Read read = DependencyImportService.withInstalledImporters().read(deps, null,
                    DependencyOptions.NONE, ProgressMonitor.NONE);
            double tRead = (System.nanoTime() - t) / 1e9;
            rows = read.rows();
            int distinct = read.connections().size();
            DependencyWorkflow w = new DependencyWorkflow(p);
            t = System.nanoTime();
            // the store writes the connections while the graph is built, as mhub deps import does
            graph = w.importAndBuild(new DependencyStore.ImportInfo(0, deps.getFileName().toString(), deps.toString(),
                    read.sha256(), read.importer().format(), null, OffsetDateTime.now(), read.rows(), read.skips(), 0),
                    read.connections(), List.of(), ProgressMonitor.NONE).graph();
            read = null;
            tImport = tRead;
            tGraph = (System.nanoTime() - t) / 1e9;
            t = System.nanoTime();
            groups = w.computeGroups(graph, ProgressMonitor.NONE);
            tGroups = (System.nanoTime() - t) / 1e9;
            t = System.nanoTime();
            plan = w.planWaves(groups, WaveOptions.defaults(LocalDate.of(2027, 1, 4)), ProgressMonitor.NONE);
            tWaves = (System.nanoTime() - t) / 1e9;
            System.out.printf(Locale.ROOT, "%n  %,d rows -> %,d distinct connections -> %,d endpoints, %,d dependencies "
                    + "(%,d hard), %,d move groups, %,d waves%n  ", rows, distinct, graph.nodeCount(), graph.edgeCount(),
                    graph.hardEdgeCount(), groups.groups().size(), plan.waves().size());
        }
        double total = (System.nanoTime() - t0) / 1e9;
        long peak = heap.finish();
        System.out.printf(Locale.ROOT, "read %.2f s + store and graph %.2f s + groups %.2f s + waves %.2f s = %.2f s "
                + "(%.2f s with opening and closing the project), peak heap %,d MiB%n", tImport, tGraph, tGroups, tWaves,
                tImport + tGraph + tGroups + tWaves, total, peak >> 20);
        return new Object[] {graph, groups};
    }

    /** Our layout and sfdp's on the same graph, in this run. */
    private static void layout(DependencyGraph g, MoveGroups groups, Path dir) throws IOException, InterruptedException {
        int n = g.nodeCount();
        int m = g.edgeCount();
        ImportBenchmark.HeapWatch heap = new ImportBenchmark.HeapWatch();
        heap.start();
        long t = System.nanoTime();
        Layout l = DependencyWorkflow.layout(g, DependencyWorkflow.groupOf(groups), ProgressMonitor.NONE);
        double ours = (System.nanoTime() - t) / 1e9;
        long peak = heap.finish();
        System.out.printf(Locale.ROOT, "layout (ours): %,d nodes, %,d edges in %.2f s, peak heap %,d MiB (width %.0f)%n",
                n, m, ours, peak >> 20, l.bounds().width());
        Path dot = dir.resolve("bench-graph.dot");
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(dot, StandardCharsets.UTF_8), 1 << 16)) {
            out.write("digraph deps {\n  node [shape=point];\n");
            for (int v = 0; v < n; v++) {
                out.write("  n" + v + ";\n");
            }
            for (int e = 0; e < m; e++) {
                out.write("  n" + g.source(e) + " -> n" + g.target(e) + ";\n");
            }
            out.write("}\n");
        }
        List<String> command = new ArrayList<>(List.of("sfdp", "-Tplain", "-o", dir.resolve("bench-graph.plain").toString(),
                dot.toString()));
        long s = System.nanoTime();
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            System.out.println("sfdp: not installed (Debian package graphviz); no comparison");
            return;
        }
        if (!p.waitFor(1800, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            System.out.println("sfdp: no result within 30 minutes");
            return;
        }
        double sfdp = (System.nanoTime() - s) / 1e9;
        System.out.printf(Locale.ROOT, "layout (sfdp, same graph, reading DOT included): %.2f s (exit %d); ours / sfdp = %.2f%n",
                sfdp, p.exitValue(), ours / sfdp);
    }
}
