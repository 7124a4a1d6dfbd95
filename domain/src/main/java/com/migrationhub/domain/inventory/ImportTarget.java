package com.migrationhub.domain.inventory;

/**
 * Where imports go: the project. Implemented by the project-file store; the import service sees
 * only this port.
 */
public interface ImportTarget {

    /**
     * Starts one import as one transaction. Nothing it receives is visible in the project until
     * {@link ImportTransaction#commit()}; {@link ImportTransaction#close()} without a commit
     * leaves the project exactly as it was.
     */
    ImportTransaction begin(ImportRun run);
}
