package com.migrationhub.app.ui.project;

/** Another job is writing to the project: the user waits for it or cancels it. Not a defect. */
public final class ProjectBusyException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public ProjectBusyException(String message) {
        super(message);
    }
}
