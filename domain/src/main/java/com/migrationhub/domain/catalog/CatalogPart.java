package com.migrationhub.domain.catalog;

import com.migrationhub.domain.catalog.CatalogContent;
import java.io.IOException;
import java.nio.file.Path;

/**
 * One part of the catalog builder (a port: the parts live in {@code connectors}, found through
 * {@link java.util.ServiceLoader}): reads some of the public price data in {@code shared/prices}
 * and returns what it makes of it (one cloud's sizes, prices, licences and disks; or the
 * OS lifecycle and exchange rates). Parts are independent; {@link CatalogBuilder} joins them.
 */
public interface CatalogPart {

    /** A short name for messages and {@code catalog show}: aws, azure, gcp, reference. */
    String name();

    /**
     * @param prices the {@code shared/prices} folder (its SOURCES.md describes every file)
     * @return this part's content; its source and derivation ids start with {@link #name()} and a dot
     * @throws CatalogBuildException naming the file and place of the first problem
     */
    CatalogContent build(Path prices) throws IOException;
}
