package com.migrationhub.app.ui.task;

import com.migrationhub.domain.task.ProgressMonitor;

/**
 * A unit of long work for the background: an engine call that reports progress to, and polls
 * cancellation from, the monitor it is given. It must not touch JavaFX.
 *
 * @param <T> what it computes
 */
@FunctionalInterface
public interface Job<T> {
    T run(ProgressMonitor monitor) throws Exception;
}
