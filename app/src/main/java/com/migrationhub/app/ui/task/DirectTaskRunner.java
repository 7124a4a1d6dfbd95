package com.migrationhub.app.ui.task;

import com.migrationhub.domain.task.CancelledException;
import com.migrationhub.domain.task.ProgressMonitor;
import java.util.function.Consumer;

/**
 * Runs each job at once on the calling thread: for view-model tests, where the outcome must be
 * there when {@code submit} returns. Jobs still appear in the task list when one is given.
 */
public final class DirectTaskRunner implements TaskRunner {
    private final TaskList list;

    public DirectTaskRunner() {
        this(null);
    }

    public DirectTaskRunner(TaskList list) {
        this.list = list;
    }

    @Override
    public <T> TaskHandle submit(String title, Job<T> job, Consumer<? super T> onSuccess,
            Consumer<Throwable> onFailure) {
        TaskItem item = new TaskItem(title, () -> { });
        if (list != null) {
            list.add(item);
        }
        try {
            T value = job.run(ProgressMonitor.NONE);
            item.end(TaskItem.State.SUCCEEDED, null);
            onSuccess.accept(value);
        } catch (CancelledException e) {
            item.end(TaskItem.State.CANCELLED, null);
            onFailure.accept(e);
        } catch (Exception | Error e) {
            item.end(TaskItem.State.FAILED, e.getMessage());
            onFailure.accept(e);
        }
        return new TaskHandle() {
            @Override
            public void cancel() {
                // already done
            }

            @Override
            public boolean isDone() {
                return true;
            }
        };
    }
}
