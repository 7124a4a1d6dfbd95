package com.migrationhub.reports.table;

import com.migrationhub.domain.task.ProgressMonitor;

/**
 * Counts the rows an export has written, telling the monitor and honouring cancel every few
 * thousand rows: often enough that cancel feels immediate, rarely enough to cost nothing. A
 * second thread writing part of the same export counts through {@link #alongside}: its rows and
 * the table it is on go into the same count, and it honours its own cancel but tells no monitor;
 * the first thread tells the monitor of both ({@link #report()} while it waits for the second).
 */
public final class RowProgress {
    private static final int EVERY = 4096;

    private final ProgressMonitor monitor;
    private final boolean reports;
    private final long total;
    private final java.util.concurrent.atomic.AtomicLong done;
    /** the table begun last, by either thread */
    private final java.util.concurrent.atomic.AtomicReference<String> what;
    private long mine;

    public RowProgress(ProgressMonitor monitor, long total) {
        this(monitor, true, total, new java.util.concurrent.atomic.AtomicLong(),
                new java.util.concurrent.atomic.AtomicReference<>(""));
    }

    private RowProgress(ProgressMonitor monitor, boolean reports, long total,
            java.util.concurrent.atomic.AtomicLong done, java.util.concurrent.atomic.AtomicReference<String> what) {
        this.monitor = monitor;
        this.reports = reports;
        this.total = total;
        this.done = done;
        this.what = what;
    }

    /** The same count for a second thread, which stops when {@code cancel} is cancelled and reports nothing. */
    public RowProgress alongside(ProgressMonitor cancel) {
        return new RowProgress(cancel, false, total, done, what);
    }

    /** Starts a table: checks for cancel and says which table is being written. */
    public void start(String what) {
        this.what.set(what);
        report();
    }

    /** Checks for cancel and tells the monitor the count so far (nothing on a second thread's view). */
    public void report() {
        monitor.checkCancelled();
        if (reports) {
            monitor.progress(Math.min(done.get(), total), total, what.get());
        }
    }

    /** One more row written. */
    public void row() {
        if (++mine % EVERY == 0) {
            long all = done.addAndGet(EVERY);
            monitor.checkCancelled();
            if (reports) {
                monitor.progress(Math.min(all, total), total, what.get());
            }
        }
    }

    /** Everything is written; {@code step} names what is left (compressing, moving into place). */
    public void finishing(String step) {
        monitor.checkCancelled();
        monitor.progress(total, total, step);
    }
}
