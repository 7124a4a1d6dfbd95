package com.migrationhub.reports.pdf;

import com.migrationhub.domain.task.ProgressMonitor;
import com.migrationhub.reports.ReportOptions;
import com.migrationhub.reports.TestData;
import com.migrationhub.reports.data.ReportData;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures writing a large report; not a test. Run with the heap the workbench gets, e.g.
 * {@code java -Xmx512m -cp <test class path> com.migrationhub.reports.pdf.PdfReportBenchmark 100000}.
 * Prints the wall time of {@link PdfReport#write} (the rows are generated while they stream, as a
 * loader would read them), the CPU time of the writing thread (what the wall time would be on an
 * idle machine, less the JIT's and the collector's threads), and the peak heap in use, sampled
 * every 10 ms.
 */
public final class PdfReportBenchmark {
    private PdfReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int servers = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        ReportData data = TestData.report(servers);
        Path file = Files.createTempFile("mhub-report", ".pdf");
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        System.gc();
        sampler.start();
        long start = System.nanoTime();
        long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            PdfReport.write(data, ReportOptions.defaults(Locale.US), out, ProgressMonitor.NONE);
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        long cpuMs = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1_000_000;
        sampler.interrupt();
        System.out.printf(Locale.ROOT, "%,d servers x %d clouds: %,d ms wall (%,d ms CPU of the writing thread), %,d bytes,"
                + " peak heap used %,d MiB of %,d MiB max%n", servers, data.clouds().size(), ms, cpuMs, Files.size(file),
                peak.get() >> 20, memory.getHeapMemoryUsage().getMax() >> 20);
        Files.delete(file);
    }
}
