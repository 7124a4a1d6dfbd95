package com.migrationhub.reports.excel;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.Writer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * POI's writer of a streaming sheet's rows to its temporary file, made faster for the cells a
 * report writes by the million, with the same XML: text goes through a lock-free
 * {@link Utf8Writer}; a string with nothing to escape (nearly all of them) is written whole rather
 * than one character at a time; and number, text and blank cells are written without building a
 * cell reference object, a style number string and a decimal string per cell. Formulas and any
 * other kind of cell take POI's own path, as do strings that need escaping.
 */
final class FastSheetDataWriter extends SheetDataWriter {
    private static final int CACHED = 128;
    private static final String[] COLUMNS = new String[CACHED];
    private static final String[] STYLES = new String[CACHED];

    static {
        for (int i = 0; i < CACHED; i++) {
            COLUMNS[i] = CellReference.convertNumToColString(i);
            STYLES[i] = Integer.toString(i);
        }
    }

    private String rowNumber = "";

    FastSheetDataWriter() throws IOException {
        super();
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

    @Override
    public void writeRow(int rownum, SXSSFRow row) throws IOException {
        rowNumber = Integer.toString(rownum + 1);
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
        _out.write("<c r=\"");
        _out.write(COLUMNS[columnIndex]);
        _out.write(rowNumber);
        int style = cell.getCellStyle().getIndex() & 0xffff;
        if (style != 0) {
            _out.write("\" s=\"");
            _out.write(style < CACHED ? STYLES[style] : Integer.toString(style));
        }
        if (type == CellType.NUMERIC) {
            _out.write("\" t=\"n\"><v>");
            number(cell.getNumericCellValue());
            _out.write("</v></c>");
        } else if (type == CellType.STRING) {
            String text = cell.getStringCellValue();
            _out.write(hasEdgeSpace(text) ? "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" : "\" t=\"inlineStr\"><is><t>");
            outputEscapedString(text);
            _out.write("</t></is></c>");
        } else {
            _out.write("\"></c>");
        }
    }

    /** Whole numbers without the ".0" Java adds; others as Java's shortest exact decimal. */
    private void number(double v) throws IOException {
        long whole = (long) v;
        if (whole == v && Math.abs(whole) < 1L << 53) {
            _out.write(Long.toString(whole));
        } else {
            _out.write(Double.toString(v));
        }
    }

    private static boolean hasEdgeSpace(String s) {
        return !s.isEmpty() && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1)));
    }

    @Override
    protected void outputEscapedString(String s) throws IOException {
        if (s == null) {
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < ' ' || c == '<' || c == '>' || c == '&' || c == '"' || c == '\u00A0' || c >= '\uD800') {
                super.outputEscapedString(s);
                return;
            }
        }
        _out.write(s);
    }
}
