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
        // cancel asks the engine to stop; the job ends when it has stopped and rolled back, and only
        // then do its handlers run, so a writer is never released while it is still writing
        TaskItem item = new TaskItem(title, task::stop);
        task.setOnSucceeded(e -> {
            item.end(TaskItem.State.SUCCEEDED, null);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            Throwable error = task.getException();
            if (error instanceof CancelledException) {
                item.end(TaskItem.State.CANCELLED, null);
                onFailure.accept(error);
            } else {
                item.end(TaskItem.State.FAILED, error == null ? null : error.getMessage());
                onFailure.accept(error);
            }
        });
        // only when the pool is shut down (the workbench quits): the job was interrupted
        task.setOnCancelled(e -> {
            item.end(TaskItem.State.CANCELLED, null);
            onFailure.accept(new CancelledException());
        });
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
                task.stop();
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

    private static final class JobTask<T> extends Task<T> {
        private final Job<T> job;
        private final AtomicInteger pending = new AtomicInteger();
        private volatile TaskItem item;
        private volatile double fraction = -1;
        private volatile String what = "";
        private volatile boolean stopAsked;
        private final ProgressMonitor monitor = new ProgressMonitor() {
            @Override
            public void progress(long done, long total, String whatNow) {
                JobTask.this.progress(done, total, whatNow);
            }

            @Override
            public boolean isCancelled() {
                return stopAsked;
            }
        };

        JobTask(Job<T> job) {
            this.job = job;
        }

        void stop() {
            stopAsked = true;
        }

        @Override
        protected T call() throws Exception {
            return job.run(monitor);
        }

        void progress(long done, long total, String whatNow) {
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
