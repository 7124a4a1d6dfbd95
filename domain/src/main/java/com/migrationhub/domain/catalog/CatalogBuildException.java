package com.migrationhub.domain.catalog;

/** A source file the catalog builder cannot use; the message names the file and the place. */
public final class CatalogBuildException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CatalogBuildException(String message) {
        super(message);
    }

    public CatalogBuildException(String message, Throwable cause) {
        super(message, cause);
    }
}
