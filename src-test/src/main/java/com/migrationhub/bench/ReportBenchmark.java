package com.migrationhub.bench;

import com.migrationhub.app.cli.Cli;
import com.migrationhub.app.report.ReportExport;
import com.migrationhub.domain.assessment.AssessmentService;
import com.migrationhub.domain.catalog.CatalogFiles;
import com.migrationhub.domain.store.ProjectFile;
import com.migrationhub.domain.task.Alongside;
import com.migrationhub.domain.task.ProgressMonitor;
import com.migrationhub.reports.ReportOptions;
import com.migrationhub.reports.data.ReportData;
import com.migrationhub.samples.ExportFormat;
import com.migrationhub.samples.GeneratorOptions;
import com.migrationhub.samples.InventoryGenerator;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;

/**
 * The report benchmark (not a test). {@code prepare}: a generated engagement of N servers
 * (Azure Migrate inventory and dependency export, 20 rows a server), imported, assessed for the
 * three clouds, grouped and planned in waves, through the command line, kept under
 * {@code DIR/report-N/}. {@code pdf} or {@code xlsx}: in this JVM (run it with -Xmx512m and the
 * options in app/jvm.options), writes the PDF with its appendix, or the workbook, from that project
 * through the same calls as {@code mhub report}, and prints the wall time (opening and loading
 * included), the time of the writing alone, the file's size and the peak heap.
 *
 * <p>Usage: {@code ReportBenchmark prepare|pdf|xlsx [--vms 100000] [--dir /tmp/mhub-bench]}.
 */
public final class ReportBenchmark {
    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String what = args.length > 0 ? args[0] : "";
        int vms = 100_000;
        Path base = Path.of(System.getProperty("java.io.tmpdir"), "mhub-bench");
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--vms" -> vms = Integer.parseInt(args[++i].replace("_", ""));
                case "--dir" -> base = Path.of(args[++i]);
                default -> usage();
            }
        }
        Path dir = base.resolve("report-" + vms);
        Path project = dir.resolve("report.mhub");
        switch (what) {
            case "prepare" -> prepare(vms, dir, project);
            case "pdf", "xlsx" -> write(what, project, dir);
            default -> usage();
        }
    }

    private static void usage() {
        System.err.println("usage: ReportBenchmark prepare|pdf|xlsx [--vms 100000] [--dir DIR]");
        System.exit(2);
    }

    private static void prepare(int vms, Path dir, Path project) throws Exception {
        if (Files.exists(project)) {
            System.out.println("prepared earlier: " + project);
            return;
        }
        Path inventory = dir.resolve("bench-azure-migrate.csv");
        Path deps = dir.resolve("bench-dependencies.csv");
        if (!Files.exists(inventory) || !Files.exists(deps)) {
            InventoryGenerator.generate(new GeneratorOptions(vms, 42, dir,
                    EnumSet.of(ExportFormat.AZURE_MIGRATE, ExportFormat.AZURE_MIGRATE_DEPS), "bench", 20L * vms));
        }
        Path tmp = dir.resolve("preparing.mhub");
        Files.deleteIfExists(tmp);
        run("new", "-p", tmp, "--client", "Benchmark Industries", "--engagement", "Report benchmark");
        run("import", "-p", tmp, inventory);
        run("assess", "-p", tmp, "--scenario", "bench", "--assessed-on", "2026-11-26");
        run("deps", "import", "-p", tmp, deps);
        run("groups", "compute", "-p", tmp);
        run("waves", "plan", "-p", tmp, "--start", "2027-01-04");
        Files.move(tmp, project);
        System.out.println("prepared " + project);
    }

    private static void run(Object... args) {
        String[] a = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            a[i] = args[i].toString();
        }
        long t = System.nanoTime();
        int code = Cli.run(new PrintWriter(System.out), new PrintWriter(System.err), a);
        System.out.printf(Locale.ROOT, "mhub %s %s: %.1f s%n", a[0], a[0].equals("deps") || a[0].equals("groups")
                || a[0].equals("waves") ? a[1] : "", (System.nanoTime() - t) / 1e9);
        if (code != 0) {
            throw new IllegalStateException("mhub " + String.join(" ", a) + " failed with exit code " + code);
        }
    }

    /**
     * Prints how long each step of the loader took, then when the workbook's compressing and
     * saving began; keeps the time the data was ready (the loader's last step).
     */
    private static final class Phases implements ProgressMonitor {
        private final long start = System.nanoTime();
        private long last = start;
        private String step;
        long ready;

        @Override
        public void progress(long done, long total, String what) {
            long now = System.nanoTime();
            if (ready == 0) {
                if (step != null && !what.equals(step)) {
                    System.out.printf(Locale.ROOT, "  %s: %.1f s%n", step, (now - last) / 1e9);
                    last = now;
                }
                if (what.equals("Ready")) {
                    ready = now;
                }
            } else if (!what.equals(step) && (what.startsWith("Compressing") || what.startsWith("Saving"))) {
                System.out.printf(Locale.ROOT, "  %s at %.1f s of the writing%n", what, (now - ready) / 1e9);
            }
            step = what;
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    }

    /** Writes the report as {@code mhub report} does (the same calls, in the same order), timing each part. */
    private static void write(String what, Path project, Path dir) throws Exception {
        if (!Files.exists(project)) {
            throw new IllegalStateException("no " + project + "; run ReportBenchmark prepare first");
        }
        System.out.printf(Locale.ROOT, "machine: %d cores, %s %s, Java %s, max heap %d MiB%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("os.arch"),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
        ImportBenchmark.HeapWatch heap = new ImportBenchmark.HeapWatch();
        heap.start();
        long t0 = System.nanoTime();
        Path out = dir.resolve("report." + what);
        long closing;
        double writing;
        double loaded;
        int servers;
        // as mhub report does: the catalog is read on a second core while the project opens and the
        // inventory is read, and waited for when the results are read
        Alongside<AssessmentService> engines = new Alongside<>("catalog", ProgressMonitor.NONE,
                m -> AssessmentService.withShippedRules(CatalogFiles.readShipped()));
        long[] waited = {0};
        java.util.function.Supplier<AssessmentService> service = () -> {
            long tc = System.nanoTime();
            AssessmentService s = engines.result();
            waited[0] = System.nanoTime() - tc;
            return s;
        };
        try (ProjectFile p = ProjectFile.open(project)) {
            System.out.printf(Locale.ROOT, "  opening the project: %.1f s%n", (System.nanoTime() - t0) / 1e9);
            ReportExport.Request request = new ReportExport.Request("bench", ReportOptions.defaults(Locale.US),
                    what.equals("pdf") ? out : null, what.equals("xlsx") ? out : null, null);
            Phases phases = new Phases();
            ReportData data = ReportExport.export(p, service, request, "benchmark", phases, caveats -> { }).data();
            long done = System.nanoTime();
            servers = (int) data.profile().servers();
            loaded = (phases.ready - t0) / 1e9;
            writing = (done - phases.ready) / 1e9;
            closing = System.nanoTime();
        }
        System.out.printf(Locale.ROOT, "  the catalog and rules (read meanwhile), waited for: %.1f s%n", waited[0] / 1e9);
        System.out.printf(Locale.ROOT, "  the report's data loaded: %.1f s after the start%n", loaded);
        System.out.printf(Locale.ROOT, "  closing the project: %.1f s%n", (System.nanoTime() - closing) / 1e9);
        double total = (System.nanoTime() - t0) / 1e9;
        long peak = heap.finish();
        System.out.printf(Locale.ROOT, "%s of %,d servers: %.1f s in all (opening the project, the dependency graph and "
                + "loading the data included), %.1f s writing; %,.1f MB; peak heap %,d MiB%n", what.toUpperCase(Locale.ROOT),
                servers, total, writing, Files.size(out) / 1e6, peak >> 20);
    }
}
