package com.migrationhub.domain.inventory;

import com.migrationhub.domain.task.CancelledException;
import com.migrationhub.domain.task.ProgressMonitor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * Imports inventory exports into a project: detects each file's format from its content (or
 * takes the one forced), fingerprints it (SHA-256), and streams it through its importer into one
 * transaction of the target. A file that fails leaves the project as it was.
 */
public final class ImportService {

    /** A file with the importer chosen for it. */
    public record Plan(Path file, InventoryImporter importer, int sequence) {
    }

    private final List<InventoryImporter> importers;

    public ImportService(List<InventoryImporter> importers) {
        this.importers = List.copyOf(importers);
    }

    /** The importers found on the class path through {@link ServiceLoader}. */
    public static ImportService withInstalledImporters() {
        List<InventoryImporter> found = new ArrayList<>();
        ServiceLoader.load(InventoryImporter.class, ImportService.class.getClassLoader()).forEach(found::add);
        return new ImportService(found);
    }

    public List<InventoryImporter> importers() {
        return importers;
    }

    /** The importer of a format id, if installed. */
    public Optional<InventoryImporter> importer(String format) {
        String f = format.toLowerCase(Locale.ROOT);
        return importers.stream().filter(i -> i.format().equals(f)).findFirst();
    }

    /** The format ids, comma-separated, for messages. */
    public String formats() {
        return importers.stream().map(InventoryImporter::format).collect(Collectors.joining(", "));
    }

    /** A file to import, with the format forced for it, or null to detect it from the content. */
    public record Request(Path file, String format) {
    }

    /**
     * Chooses an importer for each file and the order to import them in (files that reference
     * servers other files define come after those).
     *
     * @param format a forced format id, or null to detect each file's
     */
    public List<Plan> plan(List<Path> files, String format) throws ImportException {
        forced(format);
        List<Request> requests = new ArrayList<>();
        for (Path file : files) {
            requests.add(new Request(file, format));
        }
        return planEach(requests);
    }

    /**
     * As {@link #plan(List, String)}, with a format forced (or not) for each file on its own: the
     * workbench lets the user choose a format for the files it could not detect.
     */
    public List<Plan> planEach(List<Request> requests) throws ImportException {
        List<Plan> plans = new ArrayList<>();
        for (Request request : requests) {
            Path file = request.file();
            InventoryImporter forced = forced(request.format());
            checkReadable(file);
            SourceProbe probe = new SourceProbe(file);
            InventoryImporter chosen = forced != null ? forced : detect(probe);
            plans.add(new Plan(file, chosen, chosen.sequence(probe)));
        }
        // Files that define servers first, the most detailed sources first among them (so the
        // report says which file added what); otherwise stable, in the order given.
        plans.sort(Comparator.comparingInt(Plan::sequence)
                .thenComparingInt(p -> SourceFidelity.rank(p.importer().format())));
        return plans;
    }

    private InventoryImporter forced(String format) {
        if (format == null) {
            return null;
        }
        return importer(format).orElseThrow(() -> new IllegalArgumentException(
                "unknown format '" + format + "'; the formats are: " + formats()));
    }

    /**
     * Reads a file as an import would, into nothing: detects its format (or takes the one
     * forced), then streams the whole file through its importer, counting what it produces and
     * keeping the first {@code keep} servers and issues. Never touches a project. Costs one full
     * read of the file (as long as the import's reading, without the writing).
     *
     * @param format a forced format id, or null to detect it
     * @return the preview; a file that cannot be imported gives a preview with its one-line problem
     * @throws com.migrationhub.domain.task.CancelledException when the monitor was cancelled
     */
    public ImportPreview preview(Path file, String format, ImportOptions options, int keep, ProgressMonitor monitor) {
        long size = 0;
        try {
            checkReadable(file);
            size = Files.size(file);
        } catch (ImportException e) {
            return ImportPreview.failed(file, size, null, format == null, e.getMessage());
        } catch (IOException e) {
            return ImportPreview.failed(file, size, null, format == null,
                    new ImportException(file, null, "cannot be read: " + e.getMessage()).getMessage());
        }
        InventoryImporter importer;
        try {
            importer = format != null ? forced(format) : detectQuietly(new SourceProbe(file));
        } catch (ImportException e) {
            return ImportPreview.failed(file, size, null, true, e.getMessage());
        } catch (IllegalArgumentException e) {
            return ImportPreview.failed(file, size, null, false, file.getFileName() + ": " + e.getMessage());
        }
        String sha;
        try {
            sha = sha256(file);
        } catch (IOException e) {
            return ImportPreview.failed(file, size, importer, format == null,
                    new ImportException(file, null, "cannot be read: " + e.getMessage()).getMessage());
        }
        monitor.checkCancelled();
        PreviewSink sink = new PreviewSink(keep);
        try {
            importer.read(file, options == null ? ImportOptions.NONE : options, sink, monitor);
        } catch (ImportException e) {
            return ImportPreview.failed(file, size, importer, format == null, e.getMessage());
        } catch (CancelledException e) {
            throw e;
        } catch (OutOfMemoryError e) {
            return ImportPreview.failed(file, size, importer, format == null, file.getFileName()
                    + ": too large to read with the memory available (raise -Xmx)");
        } catch (RuntimeException e) {
            return ImportPreview.failed(file, size, importer, format == null, file.getFileName()
                    + ": could not be read (" + e + ")");
        }
        return new ImportPreview(file, size, sha, importer.format(), importer.displayName(), format == null, sink.tool,
                sink.toolVersion, null, sink.servers, sink.templates, sink.disks, sink.nics, sink.partitions,
                sink.utilization, sink.tags, sink.hosts, sink.clusters, sink.datastores, sink.skipped, sink.warnings,
                sink.sample, sink.issues);
    }

    /**
     * The column mapping kept beside a CSV, {@code NAME.mapping.properties} for {@code NAME.csv}
     * (as {@code mhub sample} finds it), or null.
     */
    public static Path mappingBeside(Path file) {
        String name = file.getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return null;
        }
        Path mapping = file.resolveSibling(name.substring(0, name.length() - 4) + ".mapping.properties");
        return Files.isRegularFile(mapping) ? mapping : null;
    }

    /** The importer most sure of the file, or an error listing what is supported. */
    public InventoryImporter detect(SourceProbe probe) throws ImportException {
        InventoryImporter best = null;
        int bestScore = 0;
        for (InventoryImporter i : importers) {
            int score = i.detect(probe);
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        if (best == null || bestScore < 10) {
            throw new ImportException(probe.file(), null, describeUnknown(probe)
                    + " (use --format to name one, e.g. --format csv with a column mapping)");
        }
        return best;
    }

    /** As {@link #detect}, for the workbench: its reason names no command-line option. */
    private InventoryImporter detectQuietly(SourceProbe probe) throws ImportException {
        try {
            return detect(probe);
        } catch (ImportException e) {
            throw new ImportException(probe.file(), null, describeUnknown(probe));
        }
    }

    private String describeUnknown(SourceProbe probe) {
        String what;
        if (probe.head().length == 0) {
            what = "the file is empty";
        } else if (probe.isZip()) {
            what = probe.zipEntries().contains("xl/workbook.xml")
                    ? "a workbook, but not an RVTools export (no vInfo sheet)"
                    : "a zip file that is not a spreadsheet, or is damaged";
        } else {
            what = "not a recognized inventory export";
        }
        return what + "; supported formats: " + formats();
    }

    /**
     * Imports one planned file as one transaction.
     *
     * @throws ImportException for bad input; the project is unchanged
     */
    public ImportReport importFile(Plan plan, ImportOptions options, ImportTarget target, ProgressMonitor monitor)
            throws ImportException {
        Path file = plan.file();
        checkReadable(file);
        String sha;
        long size;
        try {
            size = Files.size(file);
            sha = sha256(file);
        } catch (IOException e) {
            throw new ImportException(file, null, "cannot be read: " + e.getMessage(), e);
        }
        ImportRun run = new ImportRun(0, file.getFileName().toString(), file.toAbsolutePath().normalize().toString(),
                sha, size, plan.importer().format(), null, null, Instant.now(), null, 0, 0, 0, 0, 0, 0, 0);
        try (ImportTransaction tx = target.begin(run); PipelinedSink sink = new PipelinedSink(tx)) {
            try {
                plan.importer().read(file, options == null ? ImportOptions.NONE : options, sink, monitor);
                sink.finish();
            } catch (OutOfMemoryError e) {
                throw new ImportException(file, null,
                        "too large to import with the memory available (raise -Xmx); nothing was imported", null);
            } catch (CancelledException e) {
                throw e;
            } catch (RuntimeException e) {
                // An importer must turn bad input into an ImportException; this is the safety net
                // that still keeps the consultant's screen free of stack traces.
                throw new ImportException(file, null, "could not be imported (" + e + "); nothing was imported", e);
            }
            return tx.commit();
        }
    }

    /** A one-line error unless the file exists, is a file and can be read. */
    public static void checkReadable(Path file) throws ImportException {
        if (!Files.exists(file)) {
            throw new ImportException(file, null, "file not found");
        }
        if (Files.isDirectory(file)) {
            throw new ImportException(file, null, "is a folder, not a file");
        }
        if (!Files.isReadable(file)) {
            throw new ImportException(file, null, "cannot be read (no permission)");
        }
    }

    /** The SHA-256 of a file, in lower-case hex. */
    public static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                digest.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
