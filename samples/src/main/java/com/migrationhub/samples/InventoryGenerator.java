package com.migrationhub.samples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates a realistic synthetic vSphere estate and writes it in the inventory export formats
 * consultants receive from clients: RVTools 4.x and 3.x workbooks, the Azure Migrate, AWS
 * Migration Hub and Google Migration Center import templates, a vROps utilization export and a
 * plain CMDB extract; and the servers' network dependencies as Azure Migrate exports them, with an
 * IPAM extract to resolve addresses and a truth file saying which move groups and hubs the traffic
 * was drawn from ({@link TrafficModel}). Every format describes the same servers (same names, UUIDs
 * and IPs), so importing several into one project should merge them. Next to the files it writes
 * {@code totals.properties} ({@link EstateTotals}) with what an import must find.
 *
 * <p>Deterministic: the same seed and VM count give byte-identical CSVs and workbooks with
 * identical cell contents. Streaming: VMs are built one at a time and handed to every writer in a
 * single pass, so the heap needed does not grow with the estate (a million VMs fit in well under
 * 1 GiB); time grows linearly, about a minute per 100,000 VMs for the RVTools workbook on two cores.
 */
public final class InventoryGenerator {
    private InventoryGenerator() {
    }

    /**
     * What a run produced.
     *
     * @param files every file written, in format order, the totals file last
     * @param totals what an importer must find
     */
    public record Result(List<Path> files, Path totalsFile, EstateTotals totals) {
    }

    /** Generates the estate {@code options} describe and writes it. */
    public static Result generate(GeneratorOptions options) throws IOException {
        Files.createDirectories(options.outDir());
        Estate estate = Estate.generate(options.seed(), options.vms());
        EstateUsage usage = new EstateUsage(estate);
        EstateTotals totals = new EstateTotals();
        List<InventoryWriter> writers = new ArrayList<>();
        try {
            for (ExportFormat format : options.formats()) {
                writers.add(format.writer(estate, options.outDir(), options.namePrefix(), options.connections()));
            }
            for (int i = 0; i < estate.vmCount; i++) {
                VirtualMachine vm = estate.virtualMachine(i);
                usage.add(vm);
                totals.add(vm);
                for (InventoryWriter w : writers) {
                    w.write(vm);
                }
            }
            List<Path> files = new ArrayList<>();
            for (InventoryWriter w : writers) {
                w.finish(usage);
                files.addAll(w.files());
            }
            Path totalsFile = options.outDir().resolve(EstateTotals.FILE_NAME);
            totals.write(totalsFile);
            files.add(totalsFile);
            return new Result(List.copyOf(files), totalsFile, totals);
        } finally {
            closeAll(writers);
        }
    }

    private static void closeAll(List<InventoryWriter> writers) throws IOException {
        IOException failure = null;
        for (InventoryWriter w : writers) {
            try {
                w.close();
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    public static void main(String[] args) {
        // POI logs through Log4j's API; without a backend on the class path Log4j complains on
        // stderr at start-up. Its built-in simple logger keeps POI's rare errors and stays quiet otherwise.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory",
                    "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Runs the command line.
     *
     * @return the exit status: 0 when done, 1 when writing failed, 2 for bad arguments
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        GeneratorOptions options;
        try {
            options = GeneratorOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.println();
            err.println(GeneratorOptions.USAGE);
            return 2;
        }
        if (options == null) {
            out.println(GeneratorOptions.USAGE);
            return 0;
        }
        long start = System.nanoTime();
        try {
            Result result = generate(options);
            double seconds = (System.nanoTime() - start) / 1e9;
            EstateTotals t = result.totals();
            out.printf("Generated %d VMs (%d servers, %d templates) with seed %d in %.1f s:%n", options.vms(),
                    t.servers(), t.templates(), options.seed(), seconds);
            for (Path f : result.files()) {
                out.println("  " + f);
            }
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("error: could not write the estate to " + options.outDir() + ": " + e);
            return 1;
        }
    }
}
