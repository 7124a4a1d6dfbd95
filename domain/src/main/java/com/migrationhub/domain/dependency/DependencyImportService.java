package com.migrationhub.domain.dependency;

import com.migrationhub.domain.inventory.ImportException;
import com.migrationhub.domain.inventory.ImportService;
import com.migrationhub.domain.inventory.SourceProbe;
import com.migrationhub.domain.task.CancelledException;
import com.migrationhub.domain.task.ProgressMonitor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Reads dependency files: chooses the importer (detected from the content, or forced), reads the
 * file and sums its rows into distinct traffics ({@link ConnectionAggregator}). Storing the
 * result is the caller's one transaction; nothing here writes.
 */
public final class DependencyImportService {
    /** Skipped rows kept with their reason; the rest are only counted. */
    public static final int MAX_SKIPS = 1000;

    /**
     * What reading one file gave.
     *
     * @param skipped  the rows read but not used, each with its reason (the first {@value #MAX_SKIPS})
     * @param skips    how many rows were skipped in all
     */
    public record Read(Path file, DependencyImporter importer, String sha256, String captureHost, long rows,
            List<Connection> connections, List<DependencyImporter.Skipped> skipped, long skips) {
    }

    private final List<DependencyImporter> importers;

    public DependencyImportService(List<DependencyImporter> importers) {
        List<DependencyImporter> sorted = new ArrayList<>(importers);
        sorted.sort(Comparator.comparing(DependencyImporter::format));
        this.importers = List.copyOf(sorted);
    }

    /** The importers found on the class path through {@link ServiceLoader}. */
    public static DependencyImportService withInstalledImporters() {
        List<DependencyImporter> found = new ArrayList<>();
        ServiceLoader.load(DependencyImporter.class, DependencyImportService.class.getClassLoader()).forEach(found::add);
        return new DependencyImportService(found);
    }

    /** Whether the file looks like an IP address plan (so {@code deps import} can take one given as a source). */
    public static boolean isIpam(Path file) {
        try {
            ImportService.checkReadable(file);
        } catch (ImportException e) {
            return false;
        }
        SourceProbe probe = new SourceProbe(file);
        return ServiceLoader.load(IpamImporter.class, DependencyImportService.class.getClassLoader()).stream()
                .anyMatch(p -> p.get().detect(probe) >= 50);
    }

    /** Reads an IP address plan with the reader installed (found through {@link ServiceLoader}). */
    public static List<IpamEntry> readIpam(Path file, Consumer<DependencyImporter.Skipped> skipped,
            ProgressMonitor monitor) throws ImportException {
        checkReadable(file);
        IpamImporter reader = ServiceLoader.load(IpamImporter.class, DependencyImportService.class.getClassLoader())
                .findFirst().orElseThrow(() -> new IllegalStateException("no IP address plan reader is installed"));
        List<IpamEntry> entries = new ArrayList<>();
        try {
            reader.read(file, entries::add, skipped, monitor);
        } catch (CancelledException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ImportException(file, null, "could not be imported (" + e + "); nothing was imported", e);
        }
        return entries;
    }

    public List<DependencyImporter> importers() {
        return importers;
    }

    public Optional<DependencyImporter> importer(String format) {
        return importers.stream().filter(i -> i.format().equals(format)).findFirst();
    }

    /** "azure-migrate-deps, aws-ads, ...". */
    public String formats() {
        return importers.stream().map(DependencyImporter::format).collect(Collectors.joining(", "));
    }

    /** The importer most sure of the file, or an error listing what is supported. */
    public DependencyImporter detect(Path file) throws ImportException {
        checkReadable(file);
        SourceProbe probe = new SourceProbe(file);
        DependencyImporter best = null;
        int bestScore = 0;
        for (DependencyImporter i : importers) {
            int score = i.detect(probe);
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        if (best == null || bestScore < 10) {
            String what = probe.head().length == 0 ? "the file is empty" : "not a recognized dependency export or capture";
            throw new ImportException(file, null, what + "; supported formats: " + formats()
                    + " (use --format to name one)");
        }
        return best;
    }

    /**
     * Reads one file.
     *
     * @param format a forced format id, or null to detect it
     * @throws ImportException for bad input (one line naming the place)
     */
    public Read read(Path file, String format, DependencyOptions options, ProgressMonitor monitor)
            throws ImportException {
        DependencyImporter importer;
        if (format != null) {
            importer = importer(format).orElseThrow(() -> new IllegalArgumentException(
                    "unknown format '" + format + "'; the dependency formats are: " + formats()));
            checkReadable(file);
        } else {
            importer = detect(file);
        }
        String sha;
        try {
            sha = ImportService.sha256(file);
        } catch (IOException e) {
            throw new ImportException(file, null, "cannot be read: " + e.getMessage(), e);
        }
        ConnectionAggregator aggregator = new ConnectionAggregator();
        List<DependencyImporter.Skipped> skipped = new ArrayList<>();
        long[] skips = {0};
        DependencyOptions o = options == null ? DependencyOptions.NONE : options;
        try (Pipeline pipeline = new Pipeline(aggregator)) {
            // the file is parsed on this thread while another sums what it has parsed
            importer.read(file, o, pipeline, s -> {
                if (skipped.size() < MAX_SKIPS) {
                    skipped.add(s);
                }
                skips[0]++;
            }, monitor);
            pipeline.finish();
        } catch (OutOfMemoryError e) {
            throw new ImportException(file, null,
                    "too large to import with the memory available (raise -Xmx); nothing was imported", null);
        } catch (CancelledException e) {
            throw e;
        } catch (RuntimeException e) {
            // the importers turn bad input into ImportException; this keeps anything else off the screen too
            throw new ImportException(file, null, "could not be imported (" + e + "); nothing was imported", e);
        }
        String host = isCapture(importer) ? captureHost(file, o) : null;
        return new Read(file, importer, sha, host, aggregator.rows() + skips[0], aggregator.connections(),
                List.copyOf(skipped), skips[0]);
    }

    /**
     * Hands parsed rows, a batch at a time, to one thread that sums them, so parsing and summing
     * share the two cores. {@link #finish} waits until every row is summed; closing without
     * finishing (the reader failed) stops the thread.
     */
    private static final class Pipeline implements java.util.function.Consumer<Connection>, AutoCloseable {
        private static final int BATCH = 1024;
        private static final List<Connection> END = List.of();
        private final java.util.concurrent.BlockingQueue<List<Connection>> queue =
                new java.util.concurrent.ArrayBlockingQueue<>(16);
        private final Thread worker;
        private volatile Throwable failure;
        private List<Connection> batch = new ArrayList<>(BATCH);

        Pipeline(ConnectionAggregator aggregator) {
            worker = new Thread(() -> {
                try {
                    for (List<Connection> b = queue.take(); b != END; b = queue.take()) {
                        b.forEach(aggregator);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (Throwable t) {
                    failure = t;
                    queue.clear();
                }
            }, "dependency-sum");
            worker.setDaemon(true);
            worker.start();
        }

        @Override
        public void accept(Connection c) {
            batch.add(c);
            if (batch.size() == BATCH) {
                hand(batch);
                batch = new ArrayList<>(BATCH);
            }
        }

        private void hand(List<Connection> b) {
            try {
                while (!queue.offer(b, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    rethrow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancelledException();
            }
        }

        void finish() {
            if (!batch.isEmpty()) {
                hand(batch);
            }
            hand(END);
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancelledException();
            }
            rethrow();
        }

        private void rethrow() {
            Throwable t = failure;
            if (t instanceof RuntimeException r) {
                throw r;
            }
            if (t instanceof Error e) {
                throw e;
            }
        }

        @Override
        public void close() {
            worker.interrupt();
        }
    }

    private static boolean isCapture(DependencyImporter i) {
        return i.format().equals("ss") || i.format().equals("netstat");
    }

    private static String captureHost(Path file, DependencyOptions o) {
        if (o.captureHost() != null) {
            return o.captureHost();
        }
        String name = file.getFileName().toString();
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static void checkReadable(Path file) throws ImportException {
        ImportService.checkReadable(file);
    }
}
