package com.migrationhub.domain.store;

import java.nio.file.Path;

/**
 * A project file that cannot be created or opened as asked. The message is one line for the
 * consultant and names the file; the file itself is never changed by a failed open.
 */
public class ProjectFileException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why, so that the command line and the workbench can react to each case. */
    public enum Reason { NOT_FOUND, NOT_A_PROJECT, DAMAGED, NEWER_SCHEMA, IN_USE, ALREADY_EXISTS, BAD_NAME, IO }

    private final Reason reason;

    public ProjectFileException(Reason reason, Path file, String problem) {
        this(reason, file, problem, null);
    }

    public ProjectFileException(Reason reason, Path file, String problem, Throwable cause) {
        super(file.getFileName() + ": " + problem, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
