package com.migrationhub.bench;

import com.migrationhub.domain.inventory.ImportOptions;
import com.migrationhub.domain.inventory.ImportReport;
import com.migrationhub.domain.inventory.ImportService;
import com.migrationhub.domain.inventory.InventorySummary;
import com.migrationhub.domain.store.ProjectFile;
import com.migrationhub.domain.task.ProgressMonitor;
import com.migrationhub.samples.EstateTotals;
import com.migrationhub.samples.ExportFormat;
import com.migrationhub.samples.GeneratorOptions;
import com.migrationhub.samples.InventoryGenerator;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The import benchmark (not a test): imports a generated RVTools workbook of N VMs with every
 * sheet the importer reads, and compares its wall time with a bare streaming SAX pass over the
 * same sheets. Prints wall times, rows per second, the ratio to the floor and peak heap; run it
 * with the heap limit under test ({@code -Xmx512m} for 100,000 VMs, {@code -Xmx1g} for 1,000,000).
 *
 * <p>Usage: {@code ImportBenchmark [--vms N] [--work DIR]}; the workbook is generated once into
 * DIR and reused.
 */
public final class ImportBenchmark {
    static final Set<String> SHEETS = Set.of("vInfo", "vCPU", "vMemory", "vDisk", "vPartition", "vNetwork", "vHost",
            "vCluster", "vDatastore", "vSnapshot", "vTools", "vSource", "vMetaData");

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int vms = 100_000;
        boolean single = false;
        Path work = Path.of(System.getProperty("java.io.tmpdir"), "mhub-bench");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--vms" -> vms = Integer.parseInt(args[++i].replace("_", "").replace(",", ""));
                case "--work" -> work = Path.of(args[++i]);
                case "--single" -> single = true;
                default -> {
                    System.err.println("usage: ImportBenchmark [--vms N] [--work DIR] [--single]");
                    System.exit(2);
                }
            }
        }
        Path dir = work.resolve("rvtools-" + vms);
        Path workbook = dir.resolve("bench-rvtools.xlsx");
        if (!Files.exists(workbook)) {
            long t = System.nanoTime();
            System.out.printf(Locale.ROOT, "generating %,d VMs into %s ...%n", vms, dir);
            Files.createDirectories(dir);
            InventoryGenerator.generate(new GeneratorOptions(vms, GeneratorOptions.DEFAULT_SEED, dir,
                    Set.of(ExportFormat.RVTOOLS), "bench"));
            System.out.printf(Locale.ROOT, "generated in %.1f s%n", (System.nanoTime() - t) / 1e9);
        }
        EstateTotals expected = EstateTotals.read(dir.resolve(EstateTotals.FILE_NAME));

        System.out.printf(Locale.ROOT, "machine: %d cores, %s %s, Java %s, max heap %d MiB%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("os.arch"),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "workbook: %s, %,d bytes%n", workbook, Files.size(workbook));

        // Warm the XML parser and POI once, so neither measured run pays the JIT alone.
        // --single (for the million-VM run): one floor pass, no warm-up, no reference pass
        if (!single) {
            BareSaxPass.raw(workbook, SHEETS, BareSaxPass.Parser.JDK_HARDENED);
            BareSaxPass.raw(workbook, SHEETS, BareSaxPass.Parser.AALTO);
        }
        long t0 = System.nanoTime();
        BareSaxPass.Counts raw = BareSaxPass.raw(workbook, SHEETS, BareSaxPass.Parser.JDK_HARDENED);
        double rawSeconds = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        BareSaxPass.raw(workbook, SHEETS, BareSaxPass.Parser.AALTO);
        double aaltoSeconds = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        if (!single) {
            BareSaxPass.raw(workbook, SHEETS, BareSaxPass.Parser.JDK_DEFAULT);
        }
        double unsafeSeconds = (System.nanoTime() - t0) / 1e9;

        Path project = Files.createTempFile(work, "bench-", ".mhub");
        Files.delete(project);
        HeapWatch heap = new HeapWatch();
        heap.start();
        t0 = System.nanoTime();
        ImportReport report;
        InventorySummary summary;
        double importSeconds;
        ProjectFile p = ProjectFile.create(project, "Benchmark", vms + " VMs");
        try {
            ImportService service = ImportService.withInstalledImporters();
            List<ImportService.Plan> plans = service.plan(List.of(workbook), null);
            report = service.importFile(plans.get(0), ImportOptions.NONE, p, ProgressMonitor.NONE);
            importSeconds = (System.nanoTime() - t0) / 1e9;
            summary = p.inventory().summary();
        } finally {
            t0 = System.nanoTime();
            p.close();
        }
        double closeSeconds = (System.nanoTime() - t0) / 1e9;
        long peak = heap.finish();
        long projectBytes = Files.size(project);
        Files.deleteIfExists(project);

        System.out.printf(Locale.ROOT, "rows: %,d in %d sheets (%,d cells)%n", raw.rows(), SHEETS.size(), raw.cells());
        System.out.printf(Locale.ROOT, "bare SAX pass (floor):      %7.2f s  (the JDK's parser, hardened as POI does for untrusted files)%n",
                rawSeconds);
        if (!single) {
            System.out.printf(Locale.ROOT, "bare SAX pass, JDK default: %7.2f s  (no XXE protection: for reference only)%n",
                    unsafeSeconds);
        }
        System.out.printf(Locale.ROOT, "bare SAX pass, Aalto:       %7.2f s  (the parser the importer uses)%n", aaltoSeconds);
        System.out.printf(Locale.ROOT, "import into a new project:  %7.2f s  (%,.0f rows/s, %,.0f VMs/s)%n", importSeconds,
                raw.rows() / importSeconds, vms / importSeconds);
        System.out.printf(Locale.ROOT, "ratio import / floor:       %7.2f  (target <= 1.5)%n", importSeconds / rawSeconds);
        System.out.printf(Locale.ROOT, "ratio import / Aalto pass:  %7.2f  (what mapping, merging and storing cost over reading)%n",
                importSeconds / aaltoSeconds);
        System.out.printf(Locale.ROOT, "closing (compacts the file): %6.2f s%n", closeSeconds);
        System.out.printf(Locale.ROOT, "peak heap used (sampled):   %7d MiB of %d MiB max%n", peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "project file: %,d bytes; added %,d servers, %,d templates, %,d skipped%n",
                projectBytes, report.added(), report.templates(), report.skipped());
        boolean ok = summary.servers() == expected.servers() && summary.vcpus() == expected.vcpus()
                && summary.memoryMiB() == expected.memoryMiB() && summary.provisionedMiB() == expected.provisionedMiB();
        System.out.printf(Locale.ROOT, "totals match the generator's: %s (servers %,d, vCPUs %,d, memory %,d MiB)%n",
                ok ? "yes" : "NO", summary.servers(), summary.vcpus(), summary.memoryMiB());
        if (!ok) {
            System.exit(1);
        }
    }

    /** Samples heap use every 20 ms and keeps the peak; also asks the JVM's pools for theirs. */
    static final class HeapWatch extends Thread {
        private volatile boolean running = true;
        private long peak;

        HeapWatch() {
            super("heap-watch");
            setDaemon(true);
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    pool.resetPeakUsage();
                }
            }
        }

        @Override
        public void run() {
            while (running) {
                Runtime rt = Runtime.getRuntime();
                peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long finish() throws InterruptedException {
            running = false;
            join();
            return peak;
        }
    }
}
