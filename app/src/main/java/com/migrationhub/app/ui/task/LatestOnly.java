package com.migrationhub.app.ui.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Recomputes off the FX thread when an input changes quickly (a filter being typed) and applies
 * only the newest result: a result computed for an older input is dropped. One worker thread, so
 * computations never overlap. Quick work only: nothing here shows in the task list.
 */
public final class LatestOnly {
    private final ExecutorService worker;
    private final AtomicLong generation = new AtomicLong();
    private final boolean direct;

    /** Computes on a background thread. */
    public LatestOnly(String name) {
        this.direct = false;
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    private LatestOnly() {
        this.direct = true;
        this.worker = null;
    }

    /** Computes on the calling thread, for tests. */
    public static LatestOnly direct() {
        return new LatestOnly();
    }

    /** Computes {@code work}; {@code apply} gets its result on the FX thread unless a newer submit came first. */
    public <T> void submit(Supplier<T> work, Consumer<? super T> apply) {
        long mine = generation.incrementAndGet();
        if (direct) {
            apply.accept(work.get());
            return;
        }
        worker.execute(() -> {
            if (generation.get() != mine) {
                return;
            }
            T value;
            try {
                value = work.get();
            } catch (RuntimeException e) {
                // shown by the workbench's handler of uncaught errors, on the FX thread
                Platform.runLater(() -> {
                    throw e;
                });
                return;
            }
            Platform.runLater(() -> {
                if (generation.get() == mine) {
                    apply.accept(value);
                }
            });
        });
    }
}
