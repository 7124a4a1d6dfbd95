package com.migrationhub.domain.inventory;

import java.nio.file.Path;
import java.util.Map;

/**
 * Options for one import. {@code mapping} maps a model field (see the generic CSV importer's
 * documentation) to a column header of the file; {@code mappingFile} names a properties file with
 * the same content. Both are empty for formats that know their columns.
 */
public record ImportOptions(Map<String, String> mapping, Path mappingFile) {

    public static final ImportOptions NONE = new ImportOptions(Map.of(), null);
}
