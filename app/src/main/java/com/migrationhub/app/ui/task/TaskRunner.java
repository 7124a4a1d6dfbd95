package com.migrationhub.app.ui.task;

import java.util.function.Consumer;

/**
 * Runs jobs off the FX thread and hands their outcome back on it. The workbench's runner shows
 * every job in the one task list, with progress and cancel ({@link FxTaskRunner}); tests use
 * {@link DirectTaskRunner}, which runs on the calling thread.
 */
public interface TaskRunner {

    /**
     * Starts {@code job}; {@code onSuccess} or {@code onFailure} runs on the FX thread when it
     * ends. A cancelled job ends, once its engine has stopped, with {@code onFailure} and a
     * {@link com.migrationhub.domain.task.CancelledException} (which the error presenter does not
     * show), so that whoever waits on it is released.
     */
    <T> TaskHandle submit(String title, Job<T> job, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /** A running job, to cancel it. */
    interface TaskHandle {
        void cancel();

        boolean isDone();
    }
}
