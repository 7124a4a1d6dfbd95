package com.migrationhub.domain.task;

/**
 * The progress and cancel hook every long-running engine takes. It knows nothing of any UI:
 * the command line draws a bar from it, the workbench re-publishes it on the FX thread, and
 * tests pass {@link #NONE}.
 */
public interface ProgressMonitor {

    /** A monitor that ignores progress and is never cancelled. */
    ProgressMonitor NONE = new ProgressMonitor() {
        @Override
        public void progress(long done, long total, String what) {
            // nothing to show
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /**
     * Reports progress. {@code total} is -1 when unknown. Called often: implementations must be
     * cheap and may drop updates.
     */
    void progress(long done, long total, String what);

    /** Whether the user asked to stop. Engines poll this between units of work. */
    boolean isCancelled();

    /** Throws {@link CancelledException} when cancellation was requested. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}
