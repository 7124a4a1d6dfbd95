package com.migrationhub.domain.inventory;

import com.migrationhub.domain.task.ProgressMonitor;
import java.nio.file.Path;

/**
 * Reads one kind of inventory export. Implementations live in {@code connectors} and are found
 * through {@link java.util.ServiceLoader}: a new source is a new class.
 *
 * <p>Implementations stream: memory must not grow with the file beyond what the format forces
 * (a per-VM join across sheets, say). Every problem with the input is an {@link ImportException}
 * naming the place; nothing else may escape for bad input.
 */
public interface InventoryImporter {

    /** The format's id, as {@code --format} takes it: rvtools, azure-migrate, aws-mhub, gcp-mc, vrops, csv. */
    String format();

    /** A name for people, e.g. "RVTools workbook". */
    String displayName();

    /**
     * How sure this importer is that the file is its format, from the file's content: 0 not at
     * all, 100 certain. Must be cheap and must never throw.
     */
    int detect(SourceProbe probe);

    /**
     * Where this file goes when several are imported together: lower first. Files that name
     * servers another file defines (a disk table, a utilization export) return a higher number
     * than the file that defines them, so one command can import a whole set in any order.
     */
    default int sequence(SourceProbe probe) {
        return 0;
    }

    /**
     * Reads the file into the sink.
     *
     * @param options format options (a column mapping for the generic CSV importer); may be empty
     */
    void read(Path file, ImportOptions options, InventorySink sink, ProgressMonitor monitor)
            throws ImportException;
}
