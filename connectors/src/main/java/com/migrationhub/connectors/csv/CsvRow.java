package com.migrationhub.connectors.csv;

import com.migrationhub.domain.inventory.ImportException;
import com.migrationhub.domain.inventory.InventorySink;
import com.migrationhub.domain.model.SourceRef;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One record of a CSV file with typed access to its cells. Every accessor takes a column that may
 * be null (the file does not have it) and then returns null, so importers read optional columns
 * without checks. A cell that cannot be read raises an {@link ImportException} worded
 * {@code file: row 7, column "*Cores": "abc" is not a number}.
 */
public final class CsvRow {
    private static final Pattern PLAIN_NUMBER =
            Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern GROUPED_NUMBER = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d+,\\d+");
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[,;\\s]+");

    private final CsvReader reader;
    private final long row;
    private final String[] cells;

    CsvRow(CsvReader reader, long row, String[] cells) {
        this.reader = reader;
        this.row = row;
        this.cells = cells;
    }

    /** The 1-based row as a spreadsheet program shows it; the header is row 1. */
    public long row() {
        return row;
    }

    /** This row, for {@code Server.source}, skipped rows and warnings: the sheet is the file's name. */
    public SourceRef ref() {
        return new SourceRef(0, reader.fileName(), row, null);
    }

    public SourceRef ref(CsvColumn column) {
        return new SourceRef(0, reader.fileName(), row, column == null ? null : column.name());
    }

    /** The cell exactly as the file has it; "" where the row is shorter than the header. */
    public String raw(CsvColumn column) {
        if (column == null || column.index() >= cells.length) {
            return "";
        }
        return cells[column.index()];
    }

    /** The cell trimmed, or null when it is empty or the column is absent. */
    public String text(CsvColumn column) {
        String t = raw(column).strip();
        return t.isEmpty() ? null : t;
    }

    /** The cell split on commas, semicolons and blanks: the lists of IP and MAC addresses. */
    public List<String> items(CsvColumn column) {
        List<String> items = new ArrayList<>();
        String t = text(column);
        if (t != null) {
            for (String item : LIST_SEPARATORS.split(t)) {
                if (!item.isEmpty()) {
                    items.add(item);
                }
            }
        }
        return items;
    }

    /** A number, or null when the cell is empty. */
    public Double decimal(CsvColumn column) throws ImportException {
        String t = text(column);
        if (t == null) {
            return null;
        }
        Double value = parseNumber(t);
        if (value == null) {
            throw problem(column, "is not a number");
        }
        return value;
    }

    /** A number that may not be negative (a size, a count, a rate), or null when empty. */
    public Double nonNegative(CsvColumn column) throws ImportException {
        Double value = decimal(column);
        if (value != null && value < 0) {
            throw problem(column, "is negative, which this column cannot be");
        }
        return value;
    }

    /** A non-negative whole number ("4" or "4.0", not "4.5"), or null when empty. */
    public Integer count(CsvColumn column) throws ImportException {
        Double value = nonNegative(column);
        if (value == null) {
            return null;
        }
        if (value != Math.rint(value) || value > Integer.MAX_VALUE) {
            throw problem(column, "is not a whole number");
        }
        return value.intValue();
    }

    /**
     * A size converted to MiB, rounded: {@code factor} is the MiB per unit of the column (1024 for
     * GiB, 1 for MiB), or null when empty.
     */
    public Long mebibytes(CsvColumn column, double factor) throws ImportException {
        Double value = nonNegative(column);
        return value == null ? null : Math.round(value * factor);
    }

    /**
     * A percentage, or null when empty. Below 0 is an error; above 100 is kept and reported as a
     * warning, because tools do report CPU above 100 % (turbo boost, or readings from the host's
     * side), and dropping the figure would hide a busy server.
     */
    public Double percent(CsvColumn column, InventorySink sink) throws ImportException {
        Double value = nonNegative(column);
        if (value != null && value > 100) {
            sink.warning(ref(column), "\"" + text(column) + "\" is over 100 %; kept as given");
        }
        return value;
    }

    /** true/false, yes/no, 1/0, or null when empty. */
    public Boolean bool(CsvColumn column) throws ImportException {
        String t = text(column);
        if (t == null) {
            return null;
        }
        switch (t.toLowerCase(Locale.ROOT)) {
            case "true": case "yes": case "y": case "1":
                return Boolean.TRUE;
            case "false": case "no": case "n": case "0":
                return Boolean.FALSE;
            default:
                throw problem(column, "is not true or false");
        }
    }

    /** A date and time (see {@link TimestampParser}), or null when empty. */
    public Instant instant(CsvColumn column, TimestampParser parser) throws ImportException {
        String t = text(column);
        if (t == null) {
            return null;
        }
        Instant instant = parser.parse(t);
        if (instant == null) {
            throw problem(column, "is not a date and time this import can read (such as "
                    + "2026-07-21 14:30:00 or 12:00 AM 21 July 2026)");
        }
        return instant;
    }

    /** {@code file: row 7, column "X": "v" <problem>}, for a cell the importer finds wrong. */
    public ImportException problem(CsvColumn column, String problem) {
        return new ImportException(reader.file(), new SourceRef(0, null, row, column.name()),
                "\"" + raw(column).strip() + "\" " + problem);
    }

    /** {@code file: row 7: <problem>}, for a row the importer finds wrong as a whole. */
    public ImportException problem(String problem) {
        return new ImportException(reader.file(), new SourceRef(0, null, row, null), problem);
    }

    Path file() {
        return reader.file();
    }

    private Double parseNumber(String text) {
        String t = text;
        if (reader.numberStyle() == NumberStyle.THOUSANDS_COMMA && t.indexOf(',') >= 0) {
            if (!GROUPED_NUMBER.matcher(t).matches()) {
                return null;
            }
            t = t.replace(",", "");
        } else if (reader.delimiter() != ',' && DECIMAL_COMMA.matcher(t).matches()) {
            t = t.replace(',', '.');
        }
        if (!PLAIN_NUMBER.matcher(t).matches()) {
            return null;
        }
        double value = Double.parseDouble(t);
        return Double.isFinite(value) ? value : null;
    }
}
