package com.migrationhub.connectors.generic;

import com.migrationhub.connectors.csv.CsvColumn;
import com.migrationhub.connectors.csv.CsvHeader;
import com.migrationhub.domain.inventory.ImportException;
import com.migrationhub.domain.inventory.ImportOptions;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

/**
 * A generic CSV mapping resolved against a file's header: for each mapped field and tag, its
 * column. Entries of {@link ImportOptions#mapping()} override those of the mapping file.
 */
final class ColumnMapping {
    private final Map<MappedField, CsvColumn> fields = new EnumMap<>(MappedField.class);
    private final Map<String, CsvColumn> tags = new LinkedHashMap<>();

    private ColumnMapping() {
    }

    /**
     * @throws ImportException when there is no mapping, the mapping file cannot be read, a key is no
     *                         field, a column is not in the file, or the mapping gives no name
     */
    static ColumnMapping resolve(ImportOptions options, Path file, CsvHeader header) throws ImportException {
        Map<String, String> entries = entries(options, file);
        ColumnMapping mapping = new ColumnMapping();
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            String key = entry.getKey();
            String columnName = entry.getValue();
            MappedField field = MappedField.of(key);
            if (field == null && !MappedField.isTag(key)) {
                throw new ImportException(file, null, "mapping \"" + key + "\" is not a field this import knows; "
                        + "use one of: " + MappedField.allKeys());
            }
            if (columnName.isEmpty()) {
                throw new ImportException(file, null, "mapping \"" + key + "\" names no column");
            }
            CsvColumn column = header.column(columnName);
            if (column == null) {
                throw new ImportException(file, null, "mapping \"" + key + "\" names column \"" + columnName
                        + "\", which is not in the file");
            }
            if (field != null) {
                mapping.fields.put(field, column);
            } else {
                mapping.tags.put(key.substring(MappedField.TAG_PREFIX.length()), column);
            }
        }
        mapping.atMostOneOf(file, MappedField.MEMORY_MIB, MappedField.MEMORY_GIB);
        mapping.atMostOneOf(file, MappedField.PROVISIONED_MIB, MappedField.PROVISIONED_GIB);
        mapping.atMostOneOf(file, MappedField.IN_USE_MIB, MappedField.IN_USE_GIB);
        if (mapping.column(MappedField.NAME) == null && mapping.column(MappedField.HOST_NAME) == null) {
            throw new ImportException(file, null, "the mapping gives no column for \"name\" (or \"hostName\"); "
                    + "every server needs a name");
        }
        return mapping;
    }

    /** The column of a field, or null when the mapping does not name one. */
    CsvColumn column(MappedField field) {
        return fields.get(field);
    }

    /** Tag name to column. */
    Map<String, CsvColumn> tags() {
        return tags;
    }

    private void atMostOneOf(Path file, MappedField a, MappedField b) throws ImportException {
        if (fields.containsKey(a) && fields.containsKey(b)) {
            throw new ImportException(file, null, "the mapping gives both \"" + a.key + "\" and \"" + b.key
                    + "\"; give one of them");
        }
    }

    private static Map<String, String> entries(ImportOptions options, Path file) throws ImportException {
        Map<String, String> entries = new LinkedHashMap<>();
        if (options.mappingFile() != null) {
            Properties properties = new Properties();
            try (Reader in = Files.newBufferedReader(options.mappingFile(), StandardCharsets.UTF_8)) {
                properties.load(in);
            } catch (IOException | IllegalArgumentException e) {
                throw new ImportException(options.mappingFile(), null, "cannot read the mapping file: "
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
            }
            for (String key : new TreeSet<>(properties.stringPropertyNames())) {
                entries.put(key.strip(), properties.getProperty(key).strip());
            }
        }
        if (options.mapping() != null) {
            options.mapping().forEach((key, column) -> entries.put(key.strip(), column == null ? "" : column.strip()));
        }
        if (entries.isEmpty()) {
            throw new ImportException(file, null, "a generic CSV needs a column mapping: give field=column pairs "
                    + "such as name=hostname, ips=ip, vcpus=cpu, memoryGiB=ram_gb, either as mapping options or "
                    + "in a .properties mapping file");
        }
        return entries;
    }
}
