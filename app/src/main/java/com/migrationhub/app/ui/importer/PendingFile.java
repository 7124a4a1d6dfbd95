package com.migrationhub.app.ui.importer;

import com.migrationhub.domain.inventory.ImportPreview;
import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * A file chosen for import, before it is imported: the format the user forced (or null to detect
 * it), the column mapping of a CSV, and the preview (a dry run) once it is read. FX thread only.
 */
public final class PendingFile {
    /** Where the file's preview is. */
    public enum State { WAITING, READING, READY, PROBLEM, CANCELLED }

    private final Path path;
    private final ObjectProperty<String> format = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> mapping = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ImportPreview> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.WAITING);
    /** Increases with every change of format or mapping: a preview of an older generation is dropped. */
    int generation;

    PendingFile(Path path) {
        this.path = path;
    }

    public Path path() {
        return path;
    }

    public String fileName() {
        return path.getFileName().toString();
    }

    /** The format forced by the user, or null to detect it from the content. */
    public ObjectProperty<String> formatProperty() {
        return format;
    }

    /** A CSV's column mapping file, or null. */
    public ObjectProperty<Path> mappingProperty() {
        return mapping;
    }

    public ReadOnlyObjectProperty<ImportPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ImportPreview preview() {
        return preview.get();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public State state() {
        return state.get();
    }

    /** The format the import will use: the forced one, else the detected one, else null. */
    public String effectiveFormat() {
        if (format.get() != null) {
            return format.get();
        }
        ImportPreview p = preview.get();
        return p == null ? null : p.format();
    }

    /** Whether the preview proved the format cannot be detected and none was chosen: it cannot be imported. */
    public boolean needsFormat() {
        ImportPreview p = preview.get();
        return format.get() == null && p != null && p.format() == null;
    }

    void setPreview(ImportPreview value) {
        preview.set(value);
        state.set(value == null ? State.WAITING : value.ok() ? State.READY : State.PROBLEM);
    }

    void setState(State value) {
        state.set(value);
    }
}
