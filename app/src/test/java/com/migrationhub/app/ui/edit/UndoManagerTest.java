package com.migrationhub.app.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UndoManagerTest {

    private static UndoableEdit edit(String name, List<String> log) {
        return new UndoableEdit() {
            @Override
            public String label() {
                return name;
            }

            @Override
            public void undo() {
                log.add("undo " + name);
            }

            @Override
            public void redo() {
                log.add("redo " + name);
            }
        };
    }

    @Test
    void undoesAndRedoesInOrderAndANewEditClearsRedo() {
        List<String> log = new ArrayList<>();
        UndoManager undo = new UndoManager();
        assertThat(undo.canUndoProperty().get()).isFalse();
        undo.done(edit("a", log));
        undo.done(edit("b", log));
        assertThat(undo.undoLabelProperty().get()).isEqualTo("b");
        undo.undo();
        undo.undo();
        undo.undo(); // nothing left: no effect
        assertThat(log).containsExactly("undo b", "undo a");
        assertThat(undo.canUndoProperty().get()).isFalse();
        assertThat(undo.redoLabelProperty().get()).isEqualTo("a");
        undo.redo();
        assertThat(log).endsWith("redo a");
        undo.done(edit("c", log));
        assertThat(undo.canRedoProperty().get()).isFalse();
        assertThat(undo.undoLabelProperty().get()).isEqualTo("c");
        undo.clear();
        assertThat(undo.canUndoProperty().get()).isFalse();
    }
}
