package com.migrationhub.app.ui.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The workbench's undo and redo history for the open project's edits. A new edit clears what
 * could be redone; opening another project clears both.
 */
public final class UndoManager {
    private static final int LIMIT = 200;

    private final Deque<UndoableEdit> undo = new ArrayDeque<>();
    private final Deque<UndoableEdit> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper("");

    /** Records an edit that was just made. */
    public void done(UndoableEdit edit) {
        undo.push(edit);
        while (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        update();
    }

    public void undo() {
        if (undo.isEmpty()) {
            return;
        }
        UndoableEdit e = undo.pop();
        e.undo();
        redo.push(e);
        update();
    }

    public void redo() {
        if (redo.isEmpty()) {
            return;
        }
        UndoableEdit e = redo.pop();
        e.redo();
        undo.push(e);
        update();
    }

    public void clear() {
        undo.clear();
        redo.clear();
        update();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** What Undo would take back, or "". */
    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoLabel.set(undo.isEmpty() ? "" : undo.peek().label());
        redoLabel.set(redo.isEmpty() ? "" : redo.peek().label());
    }
}
