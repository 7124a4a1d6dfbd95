package com.migrationhub.domain.task;

/** Thrown by an engine that stopped because its {@link ProgressMonitor} was cancelled. */
public class CancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("cancelled by the user");
    }
}
