package com.migrationhub.app.ui.importer;

import com.migrationhub.domain.task.ProgressMonitor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The job's monitor with a stop flag of the view model's own: its Cancel button stops the engine
 * through it, and the job still ends normally (with what it did), so the session's write ends too.
 */
final class StoppableMonitor implements ProgressMonitor {
    private final ProgressMonitor job;
    private final AtomicBoolean stop;

    StoppableMonitor(ProgressMonitor job, AtomicBoolean stop) {
        this.job = job;
        this.stop = stop;
    }

    @Override
    public void progress(long done, long total, String what) {
        job.progress(done, total, what);
    }

    @Override
    public boolean isCancelled() {
        return stop.get() || job.isCancelled();
    }
}
