package com.migrationhub.bench;

import com.migrationhub.domain.assessment.AssessmentService;
import com.migrationhub.domain.assessment.Assumptions;
import com.migrationhub.domain.catalog.CatalogContent;
import com.migrationhub.domain.catalog.CatalogFiles;
import com.migrationhub.domain.catalog.Cloud;
import com.migrationhub.domain.inventory.OsNormalizer;
import com.migrationhub.domain.model.Disk;
import com.migrationhub.domain.model.Firmware;
import com.migrationhub.domain.model.Metric;
import com.migrationhub.domain.model.Nic;
import com.migrationhub.domain.model.OperatingSystem;
import com.migrationhub.domain.model.PowerState;
import com.migrationhub.domain.model.Server;
import com.migrationhub.domain.model.UtilizationStat;
import com.migrationhub.domain.task.ProgressMonitor;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * The assessment benchmark (not a test): assesses generated estates of 10,000 to 1,000,000
 * servers for 3 clouds × 2 regions (readiness, 7R strategy, right-sizing, cost and risk), with
 * the shipped catalog and rules, and prints wall time, servers and results per second, and peak
 * heap. Servers are generated as they are assessed, as the project's store streams them, so the
 * heap holds one batch. Results go to a sink that sums them (storing them is the store's cost,
 * measured apart by the import benchmark's kind of figures).
 *
 * <p>Usage: {@code AssessmentBenchmark [--sizes 10000,100000,1000000]}; run with {@code -Xmx1g}.
 */
public final class AssessmentBenchmark {
    private static final String[] OS = {"Microsoft Windows Server 2019 (64-bit)", "Microsoft Windows Server 2016 (64-bit)",
        "Microsoft Windows Server 2022 (64-bit)", "Microsoft Windows Server 2012 R2 (64-bit)",
        "Red Hat Enterprise Linux 8 (64-bit)", "Red Hat Enterprise Linux 7 (64-bit)", "Ubuntu Linux (64-bit)",
        "SUSE Linux Enterprise 15 (64-bit)", "CentOS 7 (64-bit)", "Debian GNU/Linux 11 (64-bit)"};
    private static final int[] VCPUS = {1, 2, 2, 2, 4, 4, 4, 4, 8, 8, 8, 16, 16, 32};
    private static final Instant WINDOW_END = Instant.parse("2026-11-01T00:00:00Z");

    private AssessmentBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = {10_000, 100_000, 1_000_000};
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--sizes")) {
                String[] parts = args[++i].split(",");
                sizes = new int[parts.length];
                for (int k = 0; k < parts.length; k++) {
                    sizes[k] = Integer.parseInt(parts[k].replace("_", ""));
                }
            } else {
                System.err.println("usage: AssessmentBenchmark [--sizes 10000,100000,1000000]");
                System.exit(2);
            }
        }
        System.out.printf(Locale.ROOT, "machine: %d cores, %s %s, Java %s, max heap %d MiB%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("os.arch"),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
        long t0 = System.nanoTime();
        CatalogContent content = CatalogFiles.readShipped();
        AssessmentService service = AssessmentService.withShippedRules(content);
        System.out.printf(Locale.ROOT, "catalog and rules loaded in %.2f s (%,d sizes, %,d prices)%n",
                (System.nanoTime() - t0) / 1e9, content.sizes.size(), content.prices.size());
        Map<Cloud, List<String>> regions = new EnumMap<>(Cloud.class);
        regions.put(Cloud.AWS, List.of("us-east-1", "eu-central-1"));
        regions.put(Cloud.AZURE, List.of("eastus", "westeurope"));
        regions.put(Cloud.GCP, List.of("us-central1", "europe-west1"));
        Assumptions d = Assumptions.defaults(LocalDate.parse("2026-11-26"));
        Assumptions a = new Assumptions(d.clouds(), regions, d.sizing(), d.percentile(), d.comfort(), d.pricing(),
                d.currency(), d.rate(), d.rateMonth(), d.assessedOn(), d.uptime(), d.byolWindows(), d.byolSql(),
                d.egressGbPerMonth(), d.horizonYears(), d.families(), d.allowArm(), d.allowBurstable(),
                d.minMemoryMiBPerVcpu(), d.performanceWindowDays(), d.riskWeights(), d.tco());

        // the first run in a fresh JVM, as `mhub assess` meets it: JIT compilation and the per-region
        // candidate lists included
        ImportBenchmark.HeapWatch coldHeap = new ImportBenchmark.HeapWatch();
        coldHeap.start();
        double cold = run(service, a, 100_000, false);
        System.out.printf(Locale.ROOT, "  100,000 servers × 6 cloud-regions, first run in a fresh JVM: %.2f s, peak heap %,d MiB%n",
                cold, coldHeap.finish() >> 20);
        // warm-up, so the series below shows how the work grows, not how the JIT settles
        run(service, a, 200_000, false);
        double previous = 0;
        int previousN = 0;
        for (int n : sizes) {
            System.gc();
            ImportBenchmark.HeapWatch heap = new ImportBenchmark.HeapWatch();
            heap.start();
            double seconds = run(service, a, n, true);
            long peak = heap.finish();
            String growth = previous == 0 ? "" : String.format(Locale.ROOT, "  (×%.1f the time for ×%.0f the servers)",
                    seconds / previous, (double) n / previousN);
            System.out.printf(Locale.ROOT, "%,9d servers × 6 cloud-regions: %6.2f s, %,8.0f servers/s, %,9.0f results/s,"
                    + " peak heap %,d MiB%s%n", n, seconds, n / seconds, n * 6 / seconds, peak >> 20, growth);
            previous = seconds;
            previousN = n;
        }
    }

    private static double run(AssessmentService service, Assumptions a, int n, boolean print) {
        long[] rows = {0};
        long[] total = {0};
        long t = System.nanoTime();
        service.run(a, consumer -> generate(n, consumer), Map.of(), r -> {
            rows[0]++;
            total[0] += r.totalNanos();
        }, ProgressMonitor.NONE, n);
        double seconds = (System.nanoTime() - t) / 1e9;
        if (rows[0] != n * 6L) {
            throw new IllegalStateException("expected " + n * 6L + " results, got " + rows[0]);
        }
        if (print) {
            System.out.printf(Locale.ROOT, "  (%,d results, estate total %,d USD a month over 6 regions)%n", rows[0],
                    total[0] / 1_000_000_000L);
        }
        return seconds;
    }

    /** "srv0000042": as String.format would write it, without the Formatter's cost in the timed loop. */
    private static String name(int i) {
        String digits = Integer.toString(i);
        return "srv" + "0000000".substring(Math.min(7, digits.length())) + digits;
    }

    /** A realistic estate, the same for the same n: OS mix, sizes, 1-4 disks, 1-2 NICs, 80 % with 30 days of data. */
    static void generate(int n, Consumer<Server> consumer) {
        Random random = new Random(42);
        OperatingSystem[] os = new OperatingSystem[OS.length];
        for (int i = 0; i < OS.length; i++) {
            os[i] = OsNormalizer.normalize(OS[i]);
        }
        for (int i = 1; i <= n; i++) {
            Server s = new Server();
            s.id = i;
            s.name = name(i);
            s.os = os[random.nextInt(os.length)];
            s.powerState = random.nextInt(10) == 0 ? PowerState.POWERED_OFF : PowerState.POWERED_ON;
            s.firmware = random.nextInt(3) == 0 ? Firmware.UEFI : Firmware.BIOS;
            s.vcpus = VCPUS[random.nextInt(VCPUS.length)];
            s.memoryMiB = (long) s.vcpus * 1024 * (2 + random.nextInt(7));
            s.vCenter = "vc01";
            int disks = 1 + random.nextInt(4);
            List<Disk> list = new ArrayList<>(disks);
            long provisioned = 0;
            for (int k = 0; k < disks; k++) {
                Disk disk = new Disk();
                disk.label = "Hard disk " + (k + 1);
                disk.capacityMiB = (k == 0 ? 60L : 50L + random.nextInt(2000)) * 1024;
                provisioned += disk.capacityMiB;
                list.add(disk);
            }
            s.disks = list;
            s.provisionedMiB = provisioned;
            int nics = 1 + random.nextInt(2);
            for (int k = 0; k < nics; k++) {
                Nic nic = new Nic();
                nic.label = "Network adapter " + (k + 1);
                s.nics.add(nic);
            }
            if (random.nextInt(5) != 0) {
                Instant from = WINDOW_END.minusSeconds(86_400L * 30);
                double cpu = 5 + random.nextInt(80);
                double mem = 20 + random.nextInt(70);
                s.utilization = List.of(
                        new UtilizationStat(Metric.CPU_PERCENT, cpu * 0.6, cpu, Math.min(100, cpu * 1.3), 8640, from,
                                WINDOW_END, null),
                        new UtilizationStat(Metric.MEMORY_PERCENT, mem * 0.8, mem, Math.min(100, mem * 1.1), 8640, from,
                                WINDOW_END, null),
                        new UtilizationStat(Metric.DISK_IOPS, 100.0, 50.0 + random.nextInt(3000), 5000.0, 8640, from,
                                WINDOW_END, null),
                        new UtilizationStat(Metric.DISK_MBPS, 5.0, 1.0 + random.nextInt(200), 300.0, 8640, from,
                                WINDOW_END, null));
            }
            consumer.accept(s);
        }
    }
}
