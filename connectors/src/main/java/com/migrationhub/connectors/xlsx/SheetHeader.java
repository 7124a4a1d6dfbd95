package com.migrationhub.connectors.xlsx;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The header row of a sheet: column names by position, looked up once per sheet so that rows are
 * read by index. Names are trimmed and matched without regard to case; columns with an empty
 * header cell have no name and are never read.
 */
public final class SheetHeader {
    private final String sheet;
    private final long rowNumber;
    private final long lastRow;
    private final String[] names;
    private final Map<String, Integer> byName;
    private final boolean[] used;
    private boolean skipRows;

    SheetHeader(String sheet, long rowNumber, long lastRow, String[] names) {
        this.sheet = sheet;
        this.rowNumber = rowNumber;
        this.lastRow = lastRow;
        this.names = names;
        this.used = new boolean[names.length];
        this.byName = new HashMap<>(names.length * 2);
        for (int i = 0; i < names.length; i++) {
            if (names[i] != null) {
                // the first of two equal headers wins, as a reader scanning left to right would expect
                byName.putIfAbsent(key(names[i]), i);
            }
        }
    }

    /** The sheet's name as the workbook spells it. */
    public String sheet() {
        return sheet;
    }

    /** The 1-based row the header is in. */
    public long rowNumber() {
        return rowNumber;
    }

    /**
     * The last row the sheet declares (its {@code <dimension>}), or -1 when it declares none or
     * declares the whole sheet, as LibreOffice does.
     */
    public long lastRow() {
        return lastRow;
    }

    /** The number of column positions up to the last named one. */
    public int width() {
        return names.length;
    }

    /** The header of a column, or null for an unnamed one or a position past the last. */
    public String name(int column) {
        return column >= 0 && column < names.length ? names[column] : null;
    }

    /** The position of the first of these headers that the sheet has, or -1; does not select it. */
    public int indexOf(String... candidates) {
        for (String candidate : candidates) {
            Integer at = byName.get(key(candidate));
            if (at != null) {
                return at;
            }
        }
        return -1;
    }

    public boolean has(String... candidates) {
        return indexOf(candidates) >= 0;
    }

    /**
     * Selects the first of these headers that the sheet has, so that rows keep its values.
     *
     * @return its position, or -1 when the sheet has none of them
     */
    public int column(String... candidates) {
        int at = indexOf(candidates);
        if (at >= 0) {
            used[at] = true;
        }
        return at;
    }

    /** Selects a column by position (custom columns found by scanning {@link #name}). */
    public void use(int column) {
        if (column >= 0 && column < used.length && names[column] != null) {
            used[column] = true;
        }
    }

    /** Ends the sheet here: its rows are not wanted (a sheet without the columns a reader needs). */
    public void skipRows() {
        skipRows = true;
    }

    boolean rowsSkipped() {
        return skipRows;
    }

    boolean[] selection() {
        return Arrays.copyOf(used, used.length);
    }

    private static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }
}
