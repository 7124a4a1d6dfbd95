package com.migrationhub.domain.catalog;

/**
 * Where a part of the catalog came from: the file read, the repository and commit it was taken
 * from, its licence and the date of its data. Every size, price and date in the catalog names one.
 */
public record CatalogSource(String id, String file, String repository, String commit, String licence,
        String dataDate, String what) {
}
