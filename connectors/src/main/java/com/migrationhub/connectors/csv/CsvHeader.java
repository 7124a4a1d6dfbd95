package com.migrationhub.connectors.csv;

import com.migrationhub.domain.inventory.ImportException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The header line of a CSV file, with lookup by column name the way the import templates need it:
 * case-insensitive, trimmed, ignoring Azure's leading {@code *} (its "required" marker) and a
 * trailing {@code (optional)} (Migration Center's), with runs of blanks read as one. When a name
 * occurs twice the first column wins.
 */
public final class CsvHeader {
    private static final Pattern OPTIONAL_SUFFIX =
            Pattern.compile("\\s*\\(\\s*optional\\s*\\)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private final Path file;
    private final List<CsvColumn> columns;
    private final Map<String, CsvColumn> byName = new HashMap<>();

    CsvHeader(Path file, List<String> names) {
        this.file = file;
        List<CsvColumn> list = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            CsvColumn column = new CsvColumn(i, names.get(i).strip());
            list.add(column);
            byName.putIfAbsent(normalize(column.name()), column);
        }
        columns = Collections.unmodifiableList(list);
    }

    /** The header as matching sees it: {@code "*Memory (In MB) "} becomes {@code "memory (in mb)"}. */
    public static String normalize(String name) {
        String n = name.replace("\uFEFF", "").strip();
        while (n.startsWith("*")) {
            n = n.substring(1).strip();
        }
        n = OPTIONAL_SUFFIX.matcher(n).replaceFirst("");
        return BLANKS.matcher(n).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    public List<CsvColumn> columns() {
        return columns;
    }

    /** Every column's name as {@link #normalize} leaves it. */
    public Set<String> normalizedNames() {
        return Collections.unmodifiableSet(byName.keySet());
    }

    public boolean has(String name) {
        return byName.containsKey(normalize(name));
    }

    /** The first of the given names that the file has, or null when it has none of them. */
    public CsvColumn column(String... names) {
        for (String name : names) {
            CsvColumn column = byName.get(normalize(name));
            if (column != null) {
                return column;
            }
        }
        return null;
    }

    /**
     * The column the format cannot do without.
     *
     * @param name the name as the format's template spells it, which the message repeats
     * @throws ImportException {@code missing required column "*Cores"} when the file lacks it
     */
    public CsvColumn require(String name) throws ImportException {
        CsvColumn column = column(name);
        if (column == null) {
            throw new ImportException(file, null, "missing required column \"" + name + "\"");
        }
        return column;
    }
}
