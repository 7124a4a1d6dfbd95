package com.migrationhub.reports.excel;

import com.migrationhub.domain.task.ProgressMonitor;
import com.migrationhub.reports.ReportOptions;
import com.migrationhub.reports.TestData;
import com.migrationhub.reports.csv.CsvReport;
import com.migrationhub.reports.data.ReportData;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test: measures writing the workbook and the CSV files for 100,000 servers (300,000
 * Assessment rows), wall time and peak heap. Run with
 * {@code ./mvnw -o -pl reports test -Dtest=LargeExportMeasurement -Dmhub.measure=true -DargLine=-Xmx512m},
 * or as a main method; {@code -Dmhub.measure.servers=N} changes the size.
 */
@EnabledIfSystemProperty(named = "mhub.measure", matches = "true")
class LargeExportMeasurement {

    @Test
    void measure() throws Exception {
        main(new String[0]);
    }

    public static void main(String[] args) throws Exception {
        int servers = Integer.getInteger("mhub.measure.servers", 100_000);
        ReportData data = TestData.report(servers);
        Path dir = Files.createTempDirectory("mhub-measure");
        ReportOptions options = ReportOptions.defaults(Locale.US);
        System.out.printf(Locale.ROOT, "max heap %d MiB, %d servers%n", Runtime.getRuntime().maxMemory() >> 20, servers);
        for (int run = 1; run <= 2; run++) {
            Path xlsx = dir.resolve("report.xlsx");
            long[] excel = measure(() -> ExcelReport.write(data, options, xlsx, ProgressMonitor.NONE));
            System.out.printf(Locale.ROOT, "run %d  xlsx: %,d ms, peak heap %,d MiB, file %,d KiB%n", run, excel[0],
                    excel[1] >> 20, Files.size(xlsx) >> 10);
            Path csv = dir.resolve("csv");
            long[] text = measure(() -> CsvReport.write(data, options, csv, ProgressMonitor.NONE));
            System.out.printf(Locale.ROOT, "run %d  csv:  %,d ms, peak heap %,d MiB%n", run, text[0], text[1] >> 20);
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    interface Export {
        void run() throws IOException;
    }

    /** Wall time in ms and the highest heap use seen, sampled every few milliseconds. */
    private static long[] measure(Export export) throws Exception {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        export.run();
        long ms = (System.nanoTime() - start) / 1_000_000;
        sampler.interrupt();
        sampler.join();
        long pools = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pools += pool.getPeakUsage().getUsed();
            }
        }
        return new long[] {ms, Math.max(peak.get(), 0), pools};
    }
}
