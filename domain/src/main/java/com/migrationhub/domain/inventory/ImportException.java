package com.migrationhub.domain.inventory;

import com.migrationhub.domain.model.SourceRef;
import java.nio.file.Path;

/**
 * Bad input: the file cannot be imported. The message is one line a consultant can act on; it
 * names the file and, where there is one, the place (sheet, row, column, value).
 */
public class ImportException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final SourceRef where;
    private final String problem;

    public ImportException(Path file, SourceRef where, String problem) {
        this(file, where, problem, null);
    }

    public ImportException(Path file, SourceRef where, String problem, Throwable cause) {
        super(format(file, where, problem), cause);
        this.file = file;
        this.where = where;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    /** The place in the file, or null where the file as a whole is wrong. */
    public SourceRef where() {
        return where;
    }

    /** The problem alone, without file and place. */
    public String problem() {
        return problem;
    }

    private static String format(Path file, SourceRef where, String problem) {
        StringBuilder b = new StringBuilder();
        if (file != null) {
            b.append(file.getFileName());
        }
        String place = where == null ? "" : where.describe();
        if (!place.isEmpty()) {
            b.append(file != null ? ": " : "").append(place);
        }
        if (b.length() > 0) {
            b.append(": ");
        }
        return b.append(problem).toString();
    }
}
