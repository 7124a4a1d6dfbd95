package com.migrationhub.reports.table;

import com.migrationhub.domain.task.ProgressMonitor;

/**
 * Counts the rows an export has written, telling the monitor and honouring cancel every few
 * thousand rows: often enough that cancel feels immediate, rarely enough to cost nothing.
 */
public final class RowProgress {
    private static final int EVERY = 4096;

    private final ProgressMonitor monitor;
    private final long total;
    private long done;
    private String what = "";

    public RowProgress(ProgressMonitor monitor, long total) {
        this.monitor = monitor;
        this.total = total;
    }

    /** Starts a table: checks for cancel and says which table is being written. */
    public void start(String what) {
        this.what = what;
        monitor.checkCancelled();
        monitor.progress(Math.min(done, total), total, what);
    }

    /** One more row written. */
    public void row() {
        if (++done % EVERY == 0) {
            monitor.checkCancelled();
            monitor.progress(Math.min(done, total), total, what);
        }
    }

    /** Everything is written; {@code step} names what is left (compressing, moving into place). */
    public void finishing(String step) {
        monitor.checkCancelled();
        monitor.progress(total, total, step);
    }
}
