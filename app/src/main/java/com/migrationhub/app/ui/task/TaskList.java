package com.migrationhub.app.ui.task;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Every job the workbench ran in this session, newest first: the one place where long work is
 * shown with its progress and can be cancelled. Touched on the FX thread only.
 */
public final class TaskList {
    private static final int KEEP_FINISHED = 30;

    private final ObservableList<TaskItem> items = FXCollections.observableArrayList(
            item -> new javafx.beans.Observable[] {item.stateProperty()});
    private final IntegerBinding running = Bindings.createIntegerBinding(
            () -> (int) items.stream().filter(i -> i.stateProperty().get() == TaskItem.State.RUNNING).count(), items);

    public ObservableList<TaskItem> items() {
        return items;
    }

    /** How many jobs are running now. */
    public IntegerBinding runningCount() {
        return running;
    }

    void add(TaskItem item) {
        items.add(0, item);
        // forget the oldest finished jobs; running ones always stay
        for (int i = items.size() - 1; i >= 0 && items.size() > KEEP_FINISHED; i--) {
            if (items.get(i).stateProperty().get() != TaskItem.State.RUNNING) {
                items.remove(i);
            }
        }
    }

    /** Removes the finished jobs from the list. */
    public void clearFinished() {
        items.removeIf(i -> i.stateProperty().get() != TaskItem.State.RUNNING);
    }
}
