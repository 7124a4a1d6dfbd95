package com.migrationhub.domain.task;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * A computation started on a thread of its own, so that it runs alongside the caller's on a
 * second core: a report builds its dependency graph while it reads the assessment, and reads the
 * price catalog while the project opens. The computation gets a monitor that passes on the
 * caller's cancel but reports no progress (the caller's thread alone reports, so a monitor never
 * hears from two threads), and that says "cancelled" once the caller {@link #abandon}s it.
 *
 * @param <T> what the computation gives
 */
public final class Alongside<T> {
    private final FutureTask<T> task;
    private final AtomicBoolean abandoned = new AtomicBoolean();

    /**
     * Starts {@code work} on a daemon thread named {@code name}.
     *
     * @param caller the caller's monitor, whose cancel the computation sees
     */
    public Alongside(String name, ProgressMonitor caller, Function<ProgressMonitor, T> work) {
        ProgressMonitor quiet = new ProgressMonitor() {
            @Override
            public void progress(long done, long total, String what) {
                // the caller's thread reports progress
            }

            @Override
            public boolean isCancelled() {
                return abandoned.get() || caller.isCancelled();
            }
        };
        task = new FutureTask<>(() -> work.apply(quiet));
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Waits for the result. A failure of the computation is thrown as it was thrown (an unchecked
     * exception or error; a checked one wrapped). If the caller is interrupted meanwhile, the
     * computation is told to stop, the wait goes on, and the interrupt is kept.
     */
    public T result() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                    abandoned.set(true);
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Waits up to {@code millis} for the computation to end, so that a caller can report progress
     * meanwhile; true once it has ended (its result or failure then comes from {@link #result()}).
     */
    public boolean awaitFor(long millis) {
        try {
            task.get(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return true;
        } catch (InterruptedException e) {
            abandoned.set(true);
            Thread.currentThread().interrupt();
            throw new CancelledException();
        }
    }

    /**
     * Tells the computation to stop, after the caller failed with {@code cause}, and waits for it
     * to end, so that nothing runs on after the caller has given up; a failure of its own, other
     * than being cancelled, is added to {@code cause}.
     */
    public void abandon(Throwable cause) {
        abandoned.set(true);
        try {
            result();
        } catch (RuntimeException | Error e) {
            if (e != cause && !(e instanceof CancelledException)) {
                cause.addSuppressed(e);
            }
        }
    }
}
