package com.migrationhub.samples;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes an estate in one export format while the VMs stream past, so that no format needs the
 * whole estate in memory. The generator creates the writer (which opens its files and writes the
 * headers), hands it every VM in index order, then calls {@link #finish} once; {@link #close}
 * releases the files whether or not the writing completed.
 */
interface InventoryWriter extends Closeable {

    void write(VirtualMachine vm) throws IOException;

    /** Writes what only the whole estate determines (hosts, clusters, datastores) and closes the files. */
    void finish(EstateUsage usage) throws IOException;

    /** The files this writer produces. */
    List<Path> files();
}
