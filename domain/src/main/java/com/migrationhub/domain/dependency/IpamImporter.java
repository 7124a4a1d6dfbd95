package com.migrationhub.domain.dependency;

import com.migrationhub.domain.inventory.ImportException;
import com.migrationhub.domain.inventory.SourceProbe;
import com.migrationhub.domain.task.ProgressMonitor;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads an IP address plan (address to host name). The implementation lives in {@code
 * connectors} and is found through {@link java.util.ServiceLoader}; bad input is an {@link
 * ImportException} naming the place, like every importer's.
 */
public interface IpamImporter {

    /** How sure this reader is that the file is an address plan: 0 not at all, 100 certain. Never throws. */
    int detect(SourceProbe probe);

    /** Reads the file, one entry per usable row, in file order. */
    void read(Path file, Consumer<IpamEntry> sink, Consumer<DependencyImporter.Skipped> skipped,
            ProgressMonitor monitor) throws ImportException;
}
