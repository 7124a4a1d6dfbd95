package com.migrationhub.reports.excel;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * POI's writer of a streaming sheet's rows to its temporary file, made faster for the cells a
 * report writes by the million, with the same XML. Text goes through a lock-free
 * {@link Utf8Writer}; markup is encoded once; a string with nothing to escape (nearly all of them)
 * is copied whole, in bulk when it is ASCII. Number, text and blank cells are written without a
 * cell reference object, a style number string or a decimal string per cell. Formulas and any
 * other kind of cell take POI's own path, as do strings that need escaping.
 *
 * <p>Besides the rows POI flushes to it, this writer takes <em>direct rows</em>
 * ({@link #startRow}, {@link #text}, {@link #number}, {@link #blank}, {@link #finishRow}):
 * a table's rows written straight to the file, without POI's row and cell objects (a sorted map
 * of cells per row, a sorted map of rows per sheet), which cost about as much as the XML itself.
 * The caller flushes POI's rows before its direct rows and makes POI's next row after them.
 */
final class FastSheetDataWriter extends SheetDataWriter {
    private static final int CACHED = 128;
    private static final byte[][] COLUMNS = new byte[CACHED][];
    private static final byte[][] STYLES = new byte[CACHED][];
    private static final byte[] CELL = ascii("<c r=\"");
    private static final byte[] STYLE = ascii("\" s=\"");
    private static final byte[] NUMBER = ascii("\" t=\"n\"><v>");
    private static final byte[] NUMBER_END = ascii("</v></c>");
    private static final byte[] TEXT = ascii("\" t=\"inlineStr\"><is><t>");
    private static final byte[] TEXT_SPACED = ascii("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
    private static final byte[] TEXT_END = ascii("</t></is></c>");
    private static final byte[] BLANK = ascii("\"></c>");
    private static final byte[] SHARED = ascii("\" t=\"s\"><v>");
    private static final byte[] ROW = ascii("<row r=\"");
    private static final byte[] ROW_OPEN = ascii("\">\n");
    private static final byte[] ROW_END = ascii("</row>\n");

    static {
        for (int i = 0; i < CACHED; i++) {
            COLUMNS[i] = ascii(CellReference.convertNumToColString(i));
            STYLES[i] = ascii(Integer.toString(i));
        }
    }

    private byte[] rowNumber = new byte[0];

    FastSheetDataWriter() throws IOException {
        super();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** The file the rows are written to, complete once this writer is closed. */
    File file() {
        return getTempFile();
    }

    /** POI marks this hook for a change of visibility in 6.0; an upgrade would show it at compile time. */
    @Override
    @SuppressWarnings("deprecation")
    public Writer createWriter(File file) throws IOException {
        return new Utf8Writer(new FileOutputStream(file));
    }

    private Utf8Writer out() {
        return (Utf8Writer) _out;
    }

    @Override
    public void writeRow(int rownum, SXSSFRow row) throws IOException {
        rowNumber = ascii(Integer.toString(rownum + 1));
        super.writeRow(rownum, row);
    }

    @Override
    public void writeCell(int columnIndex, Cell cell) throws IOException {
        if (cell == null) {
            return;
        }
        CellType type = cell.getCellType();
        if (columnIndex >= CACHED || type != CellType.NUMERIC && type != CellType.STRING && type != CellType.BLANK) {
            super.writeCell(columnIndex, cell);
            return;
        }
        int style = cell.getCellStyle().getIndex() & 0xffff;
        if (type == CellType.NUMERIC) {
            number(columnIndex, style, cell.getNumericCellValue());
        } else if (type == CellType.STRING) {
            text(columnIndex, style, cell.getStringCellValue());
        } else {
            blank(columnIndex, style);
        }
    }

    /** Starts a direct row: {@code rownum} (0-based) must come after every row written so far. */
    void startRow(int rownum) throws IOException {
        rowNumber = ascii(Integer.toString(rownum + 1));
        Utf8Writer w = out();
        w.ascii(ROW);
        w.ascii(rowNumber);
        w.ascii(ROW_OPEN);
    }

    void finishRow() throws IOException {
        out().ascii(ROW_END);
    }

    /** A text cell of the current row (written as POI writes an inline string). */
    void text(int column, int style, String text) throws IOException {
        Utf8Writer w = open(column, style);
        w.ascii(hasEdgeSpace(text) ? TEXT_SPACED : TEXT);
        outputEscapedString(text);
        w.ascii(TEXT_END);
    }

    /** A number cell of the current row: whole numbers without the ".0" Java adds, others as Java's shortest exact decimal. */
    void number(int column, int style, double value) throws IOException {
        Utf8Writer w = open(column, style);
        w.ascii(NUMBER);
        long whole = (long) value;
        if (whole == value && Math.abs(whole) < 1L << 53) {
            w.decimal(whole);
        } else {
            w.ascii(Double.toString(value));
        }
        w.ascii(NUMBER_END);
    }

    /** A text cell of the current row that refers to the workbook's shared strings by number. */
    void shared(int column, int style, int number) throws IOException {
        Utf8Writer w = open(column, style);
        w.ascii(SHARED);
        w.decimal(number);
        w.ascii(NUMBER_END);
    }

    /**
     * An amount in cents as a number cell: its exact decimal ("62.78", "13.2", "0"), which a
     * spreadsheet reads as the double nearest the amount, the same double as {@code cents / 100.0}
     * gives; written without {@link Double#toString}, which cost a fifth of the Assessment sheet's
     * numbers and garbage.
     */
    void money(int column, int style, long cents) throws IOException {
        Utf8Writer w = open(column, style);
        w.ascii(NUMBER);
        if (cents == Long.MIN_VALUE) {
            w.ascii(java.math.BigDecimal.valueOf(cents, 2).stripTrailingZeros().toPlainString());
        } else {
            long units = cents / 100;
            int rest = (int) Math.abs(cents % 100);
            if (cents < 0 && units == 0) {
                w.ascii(NEGATIVE_ZERO_UNITS);
            } else {
                w.decimal(units);
            }
            if (rest != 0) {
                w.ascii(rest % 10 == 0 ? DECIMALS_ONE[rest / 10] : DECIMALS_TWO[rest]);
            }
        }
        w.ascii(NUMBER_END);
    }

    private static final byte[] NEGATIVE_ZERO_UNITS = ascii("-0");
    /** ".1" to ".9", by tenths. */
    private static final byte[][] DECIMALS_ONE = new byte[10][];
    /** ".01" to ".99", by hundredths. */
    private static final byte[][] DECIMALS_TWO = new byte[100][];

    static {
        for (int i = 0; i < 10; i++) {
            DECIMALS_ONE[i] = ascii("." + i);
        }
        for (int i = 0; i < 100; i++) {
            DECIMALS_TWO[i] = ascii(String.format(java.util.Locale.ROOT, ".%02d", i));
        }
    }

    /** A blank cell of the current row, there for its style. */
    void blank(int column, int style) throws IOException {
        open(column, style).ascii(BLANK);
    }

    private Utf8Writer open(int column, int style) throws IOException {
        Utf8Writer w = out();
        w.ascii(CELL);
        w.ascii(column < CACHED ? COLUMNS[column] : ascii(CellReference.convertNumToColString(column)));
        w.ascii(rowNumber);
        if (style != 0) {
            w.ascii(STYLE);
            w.ascii(style < CACHED ? STYLES[style] : ascii(Integer.toString(style)));
        }
        return w;
    }

    static boolean hasEdgeSpace(String s) {
        return !s.isEmpty() && (space(s.charAt(0)) || space(s.charAt(s.length() - 1)));
    }

    /** {@link Character#isWhitespace}, with the common case of a visible ASCII character decided first. */
    private static boolean space(char c) {
        return (c <= ' ' || c >= 0x7F) && Character.isWhitespace(c);
    }

    /**
     * Text as XML character data, escaped exactly as POI's sheet writer escapes a cell's text (for
     * the cells and for the shared strings): markup characters and line breaks as
     * references, other control characters and U+FFFE/U+FFFF as "?", an unpaired surrogate as
     * "?" (by the writer).
     */
    static void escape(Utf8Writer w, String s) throws IOException {
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < ' ' || c == '<' || c == '>' || c == '&' || c == '"' || c == '\u00A0' || c >= '\uFFFE') {
                escapeEach(w, s);
                return;
            }
            if (c >= 0x80) {
                ascii = false;
            }
        }
        if (ascii) {
            w.ascii(s);
        } else {
            w.write(s);
        }
    }

    private static void escapeEach(Utf8Writer w, String s) throws IOException {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> w.write("&lt;");
                case '>' -> w.write("&gt;");
                case '&' -> w.write("&amp;");
                case '"' -> w.write("&quot;");
                case '\n' -> w.write("&#xa;");
                case '\r' -> w.write("&#xd;");
                case '\t' -> w.write("&#x9;");
                case '\u00A0' -> w.write("&#xa0;");
                default -> w.write(c < ' ' || c >= '\uFFFE' ? '?' : c);
            }
        }
    }

    /** POI's escaping, as {@link #escape} writes it (a test checks the two agree character for character). */
    @Override
    protected void outputEscapedString(String s) throws IOException {
        if (s != null) {
            escape(out(), s);
        }
    }
}
