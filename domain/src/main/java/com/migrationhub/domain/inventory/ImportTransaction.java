package com.migrationhub.domain.inventory;

/** An import in progress: a sink whose records become visible together on commit. */
public interface ImportTransaction extends InventorySink, AutoCloseable {

    /** Makes the import visible and returns its report. */
    ImportReport commit();

    /** Rolls back unless committed. Never throws. */
    @Override
    void close();
}
