package com.migrationhub.connectors.xlsx;

import java.util.Arrays;

/**
 * The row being read, reused from row to row. Holds the raw content of the selected columns
 * only, in one character buffer; values become strings or numbers when a reader asks for them.
 * Every accessor takes a column position from {@link SheetHeader#column} and accepts -1 (a
 * column the sheet does not have) as "no value". Values are trimmed; blank counts as absent.
 *
 * <p>A value that cannot be read as asked ("abc" for a number) throws a
 * {@link SheetDataException} naming the row, the column's header and the value.
 */
public final class SheetRow {
    static final byte NUMBER = 0;
    static final byte SHARED = 1;
    static final byte TEXT = 2;
    static final byte BOOLEAN = 3;

    private final SharedStrings sharedStrings;
    SheetHeader header;
    long number;

    char[] chars = new char[4096];
    int charCount;
    /** A column holds a value in this row when its generation is the row's. */
    int generation = 1;
    int[] cellGeneration = new int[0];
    int[] start = new int[0];
    int[] length = new int[0];
    int[] sharedIndex = new int[0];
    byte[] type = new byte[0];

    SheetRow(SharedStrings sharedStrings) {
        this.sharedStrings = sharedStrings;
    }

    /** The 1-based row as a spreadsheet program shows it. */
    public long number() {
        return number;
    }

    public SheetHeader header() {
        return header;
    }

    /** Whether the column holds a non-blank value in this row. */
    public boolean has(int column) {
        return column >= 0 && column < cellGeneration.length && cellGeneration[column] == generation;
    }

    /** The value as text, trimmed; null when absent. Numbers come as stored ("4096", "0.5"). */
    public String text(int column) {
        if (!has(column)) {
            return null;
        }
        switch (type[column]) {
            case SHARED:
                return sharedStrings.trimmed(sharedIndex[column]);
            case BOOLEAN:
                return chars[start[column]] == '1' ? "True" : "False";
            case NUMBER:
                return numberText(start[column], length[column]);
            default:
                return new String(chars, start[column], length[column]);
        }
    }

    /** A stored number as text, without the ".0" some writers give whole numbers ("19.0" is "19"). */
    private String numberText(int from, int count) {
        int end = from + count;
        int point = -1;
        for (int i = from; i < end; i++) {
            char c = chars[i];
            if (c == '.') {
                point = i;
            } else if (point >= 0 && c != '0') {
                return new String(chars, from, count);
            } else if (c == 'E' || c == 'e') {
                return new String(chars, from, count);
            }
        }
        return new String(chars, from, (point >= 0 ? point : end) - from);
    }

    /** The value as a number; null when absent. */
    public Double decimal(int column) {
        if (!has(column)) {
            return null;
        }
        double value;
        switch (type[column]) {
            case NUMBER:
                value = CellText.number(chars, start[column], length[column]);
                break;
            case BOOLEAN:
                value = Double.NaN;
                break;
            default:
                value = CellText.textNumber(text(column));
                break;
        }
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw invalid(column, CellText.quote(text(column)) + " is not a number");
        }
        return value;
    }

    /** The value as a whole number, rounded to the nearest (sizes such as "4096.4" MiB); null when absent. */
    public Long rounded(int column) {
        Double value = decimal(column);
        if (value == null) {
            return null;
        }
        if (Math.abs(value) >= 9.0e18) {
            throw invalid(column, CellText.quote(text(column)) + " is too large");
        }
        return Math.round(value);
    }

    /** The value as a count (CPUs, sockets): a whole number is required; null when absent. */
    public Integer integer(int column) {
        Double value = decimal(column);
        if (value == null) {
            return null;
        }
        if (value != Math.rint(value)) {
            throw invalid(column, CellText.quote(text(column)) + " is not a whole number");
        }
        if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
            throw invalid(column, CellText.quote(text(column)) + " is too large");
        }
        return value.intValue();
    }

    /** The value as yes/no: True/False, Yes/No, 1/0 or a boolean cell; null when absent. */
    public Boolean bool(int column) {
        if (!has(column)) {
            return null;
        }
        Boolean value;
        switch (type[column]) {
            case BOOLEAN:
                value = chars[start[column]] == '1';
                break;
            case NUMBER:
                double d = CellText.number(chars, start[column], length[column]);
                value = d == 1 ? Boolean.TRUE : d == 0 ? Boolean.FALSE : null;
                break;
            default:
                value = CellText.bool(text(column));
                break;
        }
        if (value == null) {
            throw invalid(column, CellText.quote(text(column)) + " is not True or False");
        }
        return value;
    }

    /** A problem with this row's value in a column, to throw. */
    public SheetDataException invalid(int column, String problem) {
        return new SheetDataException(number, header == null ? null : header.name(column), problem);
    }

    // --- written by SheetParser ---

    void ensureColumns(int width) {
        if (width > cellGeneration.length) {
            int n = Math.max(width, cellGeneration.length * 2);
            cellGeneration = Arrays.copyOf(cellGeneration, n);
            start = Arrays.copyOf(start, n);
            length = Arrays.copyOf(length, n);
            sharedIndex = Arrays.copyOf(sharedIndex, n);
            type = Arrays.copyOf(type, n);
        }
    }

    void append(char[] ch, int from, int count) {
        if (charCount + count > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charCount + count));
        }
        System.arraycopy(ch, from, chars, charCount, count);
        charCount += count;
    }

    void set(int column, byte cellType, int from, int count, int shared) {
        ensureColumns(column + 1);
        cellGeneration[column] = generation;
        type[column] = cellType;
        start[column] = from;
        length[column] = count;
        sharedIndex[column] = shared;
    }

    void nextRow() {
        generation++;
        charCount = 0;
    }

    SharedStrings sharedStrings() {
        return sharedStrings;
    }
}
