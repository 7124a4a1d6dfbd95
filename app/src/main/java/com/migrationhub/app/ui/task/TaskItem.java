package com.migrationhub.app.ui.task;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One job as the task list shows it: title, progress (-1 when unknown), what it is doing, and its state. */
public final class TaskItem {
    /** Where a job is in its life. */
    public enum State { RUNNING, SUCCEEDED, FAILED, CANCELLED }

    private final String title;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.RUNNING);
    private final Runnable canceller;

    public TaskItem(String title, Runnable canceller) {
        this.title = title;
        this.canceller = canceller;
    }

    public String title() {
        return title;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public void cancel() {
        canceller.run();
    }

    void update(double fraction, String what) {
        progress.set(fraction);
        message.set(what == null ? "" : what);
    }

    void end(State end, String what) {
        state.set(end);
        if (end == State.SUCCEEDED) {
            progress.set(1);
        }
        if (what != null) {
            message.set(what);
        }
    }
}
