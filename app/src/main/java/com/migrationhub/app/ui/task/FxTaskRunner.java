package com.migrationhub.app.ui.task;

import com.migrationhub.domain.task.CancelledException;
import com.migrationhub.domain.task.ProgressMonitor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * Runs each job as a {@link javafx.concurrent.Task} on a pool of daemon threads, re-publishes the
 * engine's progress on the FX thread (at most one pending update at a time, so a chatty engine
 * cannot flood it), and lists the job in the {@link TaskList}.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private final TaskList list;
    private final ExecutorService executor;

    public FxTaskRunner(TaskList list) {
        this.list = list;
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "workbench-job-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> TaskHandle submit(String title, Job<T> job, Consumer<? super T> onSuccess,
            Consumer<Throwable> onFailure) {
        JobTask<T> task = new JobTask<>(job);
        TaskItem item = new TaskItem(title, () -> task.cancel(false));
        task.setOnSucceeded(e -> {
            item.end(TaskItem.State.SUCCEEDED, null);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            Throwable error = task.getException();
            if (error instanceof CancelledException) {
                item.end(TaskItem.State.CANCELLED, null);
            } else {
                item.end(TaskItem.State.FAILED, error == null ? null : error.getMessage());
                onFailure.accept(error);
            }
        });
        task.setOnCancelled(e -> item.end(TaskItem.State.CANCELLED, null));
        Runnable add = () -> list.add(item);
        if (Platform.isFxApplicationThread()) {
            add.run();
        } else {
            Platform.runLater(add);
        }
        task.item = item;
        executor.execute(task);
        return new TaskHandle() {
            @Override
            public void cancel() {
                task.cancel(false);
            }

            @Override
            public boolean isDone() {
                return task.isDone();
            }
        };
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    private static final class JobTask<T> extends Task<T> implements ProgressMonitor {
        private final Job<T> job;
        private final AtomicInteger pending = new AtomicInteger();
        private volatile TaskItem item;
        private volatile double fraction = -1;
        private volatile String what = "";

        JobTask(Job<T> job) {
            this.job = job;
        }

        @Override
        protected T call() throws Exception {
            T value = job.run(this);
            if (isCancelled()) {
                throw new CancelledException();
            }
            return value;
        }

        @Override
        public void progress(long done, long total, String whatNow) {
            fraction = total > 0 ? Math.min(1, (double) done / total) : -1;
            what = whatNow;
            if (pending.getAndSet(1) == 0) {
                Platform.runLater(() -> {
                    pending.set(0);
                    TaskItem i = item;
                    if (i != null) {
                        i.update(fraction, what);
                    }
                });
            }
        }
    }
}
