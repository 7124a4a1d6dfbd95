package com.migrationhub.connectors.dependency;

import com.migrationhub.connectors.csv.CsvColumn;
import com.migrationhub.connectors.csv.CsvHeader;
import com.migrationhub.connectors.csv.CsvRow;
import com.migrationhub.connectors.csv.HeaderProbe;
import com.migrationhub.domain.inventory.ImportException;
import com.migrationhub.domain.inventory.SourceProbe;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A CSV header looked up by any of several names, comparing only letters and digits without case:
 * {@code Destination port}, {@code destination_port} and {@code DestinationPort} are one column,
 * as are Azure Migrate's {@code Time slot} and older {@code Timeslot}. When a name occurs twice
 * the first column wins. Collects the required columns a file lacks, to name them all in one
 * message.
 */
final class ColumnNames {
    private static final int NAMES_SHOWN = 24;
    private static final int VALUE_SHOWN = 100;

    private final Path file;
    private final CsvHeader header;
    private final Map<String, CsvColumn> byKey = new HashMap<>();
    private final List<String> missing = new ArrayList<>();

    ColumnNames(Path file, CsvHeader header) {
        this.file = file;
        this.header = header;
        for (CsvColumn column : header.columns()) {
            byKey.putIfAbsent(key(column.name()), column);
        }
    }

    /** A name as matching sees it: {@code "Destination port "} becomes {@code destinationport}. */
    static String key(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    /** The keys of the header that format detection sees; empty when it is not CSV text. */
    static Set<String> keys(SourceProbe probe) {
        Set<String> keys = new HashSet<>();
        for (String name : HeaderProbe.names(probe)) {
            keys.add(key(name));
        }
        return keys;
    }

    /** Whether the keys hold any of the names. */
    static boolean hasAny(Set<String> keys, String... names) {
        for (String n : names) {
            if (keys.contains(key(n))) {
                return true;
            }
        }
        return false;
    }

    Path file() {
        return file;
    }

    /** The first of the names the file has, or null. */
    CsvColumn find(String... names) {
        for (String n : names) {
            CsvColumn column = byKey.get(key(n));
            if (column != null) {
                return column;
            }
        }
        return null;
    }

    /** Notes a required column as missing when null; {@code label} is how the message names it. */
    CsvColumn need(CsvColumn column, String label) {
        if (column == null) {
            missing.add(label);
        }
        return column;
    }

    /**
     * Ends the import when a required column is missing, naming every one that is and the header
     * the file has: {@code missing required columns "Source IP", "Destination port"; the header
     * has "a", "b"}.
     */
    void check() throws ImportException {
        if (missing.isEmpty()) {
            return;
        }
        List<CsvColumn> columns = header.columns();
        String found = columns.stream().limit(NAMES_SHOWN).map(c -> shown(c.name()))
                .collect(Collectors.joining(", "));
        if (columns.size() > NAMES_SHOWN) {
            found += " and " + (columns.size() - NAMES_SHOWN) + " more";
        }
        StringBuilder b = new StringBuilder("missing required column").append(missing.size() > 1 ? "s " : " ")
                .append(String.join(", ", missing)).append("; the header has ").append(found);
        if (columns.size() == 1) {
            b.append(" (one column: is the file delimited by something other than commas, semicolons or tabs?)");
        }
        throw new ImportException(file, null, b.toString());
    }

    /**
     * {@code file: row 7, column "X": "v" <problem>} like {@link CsvRow#problem(CsvColumn, String)},
     * but always one line: the value is shown by {@link #shown}.
     */
    static ImportException problem(CsvRow row, CsvColumn column, String problem) {
        ImportException plain = row.problem(column, problem);
        return new ImportException(plain.file(), plain.where(), shown(row.raw(column)) + " " + problem);
    }

    /**
     * A cell's value for a one-line message: trimmed, in quotes, its line breaks shown as
     * {@code \n}, cut after {@value #VALUE_SHOWN} characters.
     */
    static String shown(String value) {
        String v = value == null ? "" : value.strip();
        if (v.length() > VALUE_SHOWN) {
            v = v.substring(0, VALUE_SHOWN) + "...";
        }
        return '"' + v.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n") + '"';
    }

    /** {@code "Time slot"}, for messages. */
    static String quoted(String name) {
        return '"' + name + '"';
    }

    /** {@code source (or src, client, from)}, for messages about a column with aliases. */
    static String alternatives(String... names) {
        if (names.length == 1) {
            return quoted(names[0]);
        }
        StringBuilder b = new StringBuilder(quoted(names[0])).append(" (or ");
        for (int i = 1; i < names.length; i++) {
            b.append(i > 1 ? ", " : "").append(names[i]);
        }
        return b.append(')').toString();
    }
}
