package com.migrationhub.domain.store;

/** The project file could not be read or written (disk full, file damaged while open). */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
