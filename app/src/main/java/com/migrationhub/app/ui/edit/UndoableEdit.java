package com.migrationhub.app.ui.edit;

/**
 * One change the user made that the Edit menu can take back and make again: an inventory edit, a
 * strategy override, a group moved to another wave. Both methods write to the project and run on
 * the FX thread (they are quick, single-row writes).
 */
public interface UndoableEdit {
    /** What the menu says: "Undo " + this. */
    String label();

    void undo();

    void redo();
}
