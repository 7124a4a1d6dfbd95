package com.migrationhub.reports.excel;

import com.migrationhub.reports.table.Column;
import com.migrationhub.reports.table.ReportSheet;
import com.migrationhub.reports.table.RowProgress;
import com.migrationhub.reports.table.Table;
import com.migrationhub.reports.table.Value;
import com.migrationhub.reports.ClientText;
import com.migrationhub.reports.excel.CellStyles.Kind;
import com.migrationhub.reports.excel.CellStyles.Look;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableColumn;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;

/**
 * Writes a {@link ReportSheet} into a streaming workbook: its tables top to bottom (the first
 * under the frozen top row, each further one under a title after a blank row), every cell typed
 * and formatted, client text kept as text. A listed table becomes an Excel table with banded rows
 * and its own filter; a streamed table has the sheet to itself and gets the sheet's filter, since
 * its size is known only once written. Linear in the rows; holds only the workbook's row window.
 *
 * <p>Two writers may fill different sheets of one workbook at once, each with its own progress:
 * a streaming sheet writes its rows to a file of its own, the styles are all made beforehand, and
 * the few changes to the workbook itself (a table, a filter's defined name) are left to the caller,
 * to make in the sheets' order once both are done.
 */
final class SheetWriter {
    /** Excel's limit for the text of one cell. */
    private static final int MAX_TEXT = 32_767;
    private static final String TABLE_STYLE = "TableStyleLight9";

    private final StreamingWorkbook workbook;
    private final CellStyles styles;
    private final RowProgress progress;
    private final int currencyLength;

    SheetWriter(StreamingWorkbook workbook, CellStyles styles, String currency, RowProgress progress) {
        this.workbook = workbook;
        this.styles = styles;
        this.progress = progress;
        this.currencyLength = currency == null ? 3 : currency.length();
    }

    /** A writer that shares this one's workbook and styles and counts its rows into {@code progress}. */
    SheetWriter with(RowProgress progress) {
        return new SheetWriter(workbook, styles, currencyLength, progress);
    }

    private SheetWriter(StreamingWorkbook workbook, CellStyles styles, int currencyLength, RowProgress progress) {
        this.workbook = workbook;
        this.styles = styles;
        this.progress = progress;
        this.currencyLength = currencyLength;
    }

    /** Fills a sheet made beforehand (in the workbook's order) from its spec. */
    /**
     * @param later told what each table still needs done to the workbook itself (its Excel table
     *              or its sheet's filter, which add numbered parts and names): the caller does it
     *              once every sheet is written, in the sheets' order, so that the file's bytes do
     *              not depend on which writer thread got there first
     */
    void write(ReportSheet spec, SXSSFSheet sheet, SharedStrings shared, List<Runnable> later) {
        ColumnWidths widths = new ColumnWidths();
        int next = 0;
        List<Table<?>> tables = spec.tables();
        for (int i = 0; i < tables.size(); i++) {
            if (i > 0) {
                next++;
                Row title = sheet.createRow(next++);
                Cell cell = title.createCell(0);
                text(cell, tables.get(i).title(), Look.PLAIN);
                cell.setCellStyle(styles.title());
            }
            next = table(sheet, tables.get(i), next, widths, shared, later);
        }
        sheet.createFreezePane(0, 1);
        widths.apply(sheet);
    }

    /**
     * A mutable row cursor for the streaming callbacks, with the row read last: it is written
     * when the next one comes, directly to the sheet's file, and the table's last row through
     * POI's sheet, so that the sheet's last row and dimension are POI's own.
     */
    private static final class Cursor {
        int row;
        int written;
        Value[] pending;
        Value[] spare;
        Look pendingLook;
        int pendingRow = -1;

        Cursor(int columns) {
            pending = new Value[columns];
            spare = new Value[columns];
        }

        /** The array to fill with the next row's cells; the pending row's stays as it is. */
        Value[] next() {
            Value[] a = spare;
            spare = pending;
            pending = a;
            return a;
        }
    }

    /** Writes the table with its header at {@code first}; returns the next free row. */
    private <R> int table(SXSSFSheet sheet, Table<R> t, int first, ColumnWidths widths, SharedStrings shared,
            List<Runnable> later) {
        progress.start(t.title());
        List<Column<R>> columns = t.columns();
        List<String> headers = uniqueHeaders(t.headers());
        Row header = sheet.createRow(first);
        for (int c = 0; c < headers.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(styles.header());
            widths.header(c, headers.get(c));
        }
        long[] sums = new long[columns.size()];
        FastSheetDataWriter direct;
        synchronized (workbook) {
            direct = workbook.writerOf(sheet);
        }
        flush(sheet, direct);
        boolean[] repeated = new boolean[columns.size()];
        for (int c = 0; c < repeated.length; c++) {
            repeated[c] = columns.get(c).repeated();
        }
        DirectRow straight = direct == null ? null : new DirectRow(direct, repeated, shared);
        Cursor at = new Cursor(columns.size());
        at.row = first + 1;
        t.forEachRow(r -> {
            if (at.pendingRow >= 0) {
                row(sheet, straight, at.pendingRow, at.pending, at.pendingLook);
            }
            Value[] values = at.next();
            at.pendingRow = at.row++;
            at.pendingLook = t.isHighlighted(r) ? Look.EMPHASIS : Look.PLAIN;
            boolean sample = at.written++ < ColumnWidths.SAMPLE;
            for (int c = 0; c < columns.size(); c++) {
                Column<R> column = columns.get(c);
                Value v = column.of(r);
                values[c] = v;
                if (column.money() && v instanceof Value.Money m) {
                    sums[c] += m.cents();
                }
                if (sample) {
                    widths.value(c, v, currencyLength);
                }
            }
            progress.row();
        });
        if (at.pendingRow >= 0) {
            row(sheet, null, at.pendingRow, at.pending, at.pendingLook);
        }
        int lastData = at.row - 1;
        if (at.written == 0) {
            Row none = sheet.createRow(at.row++);
            cell(none.createCell(0), new Value.Text("(none)"), Look.PLAIN);
            for (int c = 1; c < columns.size(); c++) {
                cell(none.createCell(c), Value.EMPTY, Look.PLAIN);
            }
            lastData = none.getRowNum();
        }
        // both change the workbook (a defined name, a table part): one writer at a time
        int last = lastData;
        if (t.isStreamed()) {
            later.add(() -> sheet.setAutoFilter(new CellRangeAddress(first, last, 0, columns.size() - 1)));
        } else {
            later.add(() -> excelTable(sheet, t.id(), headers, first, last));
        }
        if (t.totalsLabel() != null) {
            totals(sheet.createRow(at.row++), t, sums, first + 1, at.written == 0 ? -1 : lastData);
        }
        return at.row;
    }

    /** The totals row: SUM over the rows above for each money column, with the sum cached. */
    private <R> void totals(Row row, Table<R> t, long[] sums, int firstData, int lastData) {
        List<Column<R>> columns = t.columns();
        cell(row.createCell(0), new Value.Text(t.totalsLabel()), Look.TOTAL);
        for (int c = 1; c < columns.size(); c++) {
            Cell cell = row.createCell(c);
            if (!columns.get(c).money()) {
                cell(cell, Value.EMPTY, Look.TOTAL);
                continue;
            }
            if (lastData >= firstData) {
                String col = CellReference.convertNumToColString(c);
                cell.setCellFormula("SUM(" + col + (firstData + 1) + ":" + col + (lastData + 1) + ")");
            }
            cell.setCellValue(sums[c] / 100.0);
            cell.setCellStyle(styles.of(Kind.MONEY, Look.TOTAL));
        }
    }

    /**
     * An Excel table over a listed table's header and rows. A streaming sheet keeps no rows for
     * POI to read the column names from, so they are set here, exactly as the header cells say.
     */
    private void excelTable(SXSSFSheet sheet, String id, List<String> headers, int headerRow, int lastRow) {
        XSSFSheet x = workbook.getXSSFWorkbook().getSheet(sheet.getSheetName());
        AreaReference area = new AreaReference(new CellReference(headerRow, 0),
                new CellReference(lastRow, headers.size() - 1), SpreadsheetVersion.EXCEL2007);
        XSSFTable table = x.createTable(area);
        String name = "t_" + id.replace('-', '_');
        table.setName(name);
        table.setDisplayName(name);
        CTTable ct = table.getCTTable();
        CTTableColumn[] cols = ct.getTableColumns().getTableColumnArray();
        for (int c = 0; c < cols.length; c++) {
            cols[c].setName(headers.get(c));
        }
        if (!ct.isSetAutoFilter()) {
            ct.addNewAutoFilter();
        }
        ct.getAutoFilter().setRef(new CellRangeAddress(headerRow, lastRow, 0, headers.size() - 1).formatAsString());
        CTTableStyleInfo style = ct.isSetTableStyleInfo() ? ct.getTableStyleInfo() : ct.addNewTableStyleInfo();
        style.setName(TABLE_STYLE);
        style.setShowRowStripes(true);
        style.setShowColumnStripes(false);
        style.setShowFirstColumn(false);
        style.setShowLastColumn(false);
    }

    /** Header texts made unique, as an Excel table requires of its column names. */
    private static List<String> uniqueHeaders(List<String> headers) {
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>(headers.size());
        for (String h : headers) {
            String name = h.isBlank() ? "Column" : h;
            String unique = name;
            for (int n = 2; !seen.add(unique.toLowerCase(Locale.ROOT)); n++) {
                unique = name + " (" + n + ")";
            }
            out.add(unique);
        }
        return out;
    }

    /** Writes POI's rows so far (the header above) to the sheet's file, before the direct rows that follow them. */
    private static void flush(SXSSFSheet sheet, FastSheetDataWriter direct) {
        if (direct == null) {
            return;
        }
        try {
            sheet.flushRows();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One row: straight to the sheet's file, or through POI's sheet when {@code direct} is null. */
    private void row(SXSSFSheet sheet, DirectRow direct, int rownum, Value[] values, Look look) {
        try {
            if (direct == null) {
                Row row = sheet.createRow(rownum);
                CellTarget to = new PoiRow(row);
                for (int c = 0; c < values.length; c++) {
                    cell(to, c, values[c], look);
                }
                return;
            }
            direct.writer().startRow(rownum);
            for (int c = 0; c < values.length; c++) {
                cell(direct, c, values[c], look);
            }
            direct.writer().finishRow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where a row's cells go: POI's cells, or the sheet's file directly. */
    private interface CellTarget {
        void text(int column, String text, CellStyle style) throws IOException;

        void number(int column, double value, CellStyle style) throws IOException;

        /** An amount in cents: the number {@code cents / 100.0}, the double nearest the exact amount. */
        default void money(int column, long cents, CellStyle style) throws IOException {
            number(column, cents / 100.0, style);
        }

        void blank(int column, CellStyle style) throws IOException;
    }

    /** A new cell of POI's row for each value. */
    private record PoiRow(Row row) implements CellTarget {
        @Override
        public void text(int column, String text, CellStyle style) {
            new OneCell(row.createCell(column)).text(column, text, style);
        }

        @Override
        public void number(int column, double value, CellStyle style) {
            new OneCell(row.createCell(column)).number(column, value, style);
        }

        @Override
        public void blank(int column, CellStyle style) {
            new OneCell(row.createCell(column)).blank(column, style);
        }
    }

    /** A cell made beforehand: the column given is its own. */
    private record OneCell(Cell cell) implements CellTarget {
        @Override
        public void text(int column, String text, CellStyle style) {
            cell.setCellValue(text);
            cell.setCellStyle(style);
        }

        @Override
        public void number(int column, double value, CellStyle style) {
            cell.setCellValue(value);
            cell.setCellStyle(style);
        }

        @Override
        public void blank(int column, CellStyle style) {
            cell.setCellStyle(style);
        }
    }

    /** Straight to the sheet's file; a repeated column's texts by their number in the shared strings. */
    private record DirectRow(FastSheetDataWriter writer, boolean[] repeated, SharedStrings shared)
            implements CellTarget {
        @Override
        public void text(int column, String text, CellStyle style) throws IOException {
            int n = repeated[column] && shared != null ? shared.numberOf(text) : -1;
            if (n >= 0) {
                writer.shared(column, style.getIndex() & 0xffff, n);
            } else {
                writer.text(column, style.getIndex() & 0xffff, text);
            }
        }

        @Override
        public void number(int column, double value, CellStyle style) throws IOException {
            writer.number(column, style.getIndex() & 0xffff, value);
        }

        @Override
        public void money(int column, long cents, CellStyle style) throws IOException {
            writer.money(column, style.getIndex() & 0xffff, cents);
        }

        @Override
        public void blank(int column, CellStyle style) throws IOException {
            writer.blank(column, style.getIndex() & 0xffff);
        }
    }

    /** A cell on its own (a title, "(none)", a totals label) through POI's row. */
    private void cell(Cell cell, Value v, Look look) {
        try {
            cell(new OneCell(cell), cell.getColumnIndex(), v, look);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void cell(CellTarget to, int c, Value v, Look look) throws IOException {
        if (v instanceof Value.Text t) {
            text(to, c, t.text(), look);
        } else if (v instanceof Value.Money m) {
            to.money(c, m.cents(), styles.of(Kind.MONEY, look));
        } else if (v instanceof Value.Count n) {
            to.number(c, n.count(), styles.of(Kind.COUNT, look));
        } else if (v instanceof Value.Gib g) {
            to.number(c, g.mib() / 1024.0, styles.of(Kind.GIB, look));
        } else if (v instanceof Value.Share s) {
            to.number(c, s.fraction(), styles.of(Kind.SHARE, look));
        } else if (v instanceof Value.Decimal d) {
            to.number(c, d.value().doubleValue(), styles.of(Kind.DECIMAL, look));
        } else if (v instanceof Value.Day d) {
            // as POI's cell takes a date: the serial day of its midnight in the 1900 date system
            day(to, c, d.date() == null ? null : d.date().atStartOfDay(), styles.of(Kind.DAY, look));
        } else if (v instanceof Value.Moment m) {
            day(to, c, m.time() == null ? null : m.time().toLocalDateTime(), styles.of(Kind.MOMENT, look));
        } else if (v instanceof Value.Month m) {
            to.number(c, m.month(), styles.of(Kind.MONTH, look));
        } else {
            to.blank(c, styles.of(Kind.BLANK, look));
        }
    }

    private void day(CellTarget to, int c, LocalDateTime time, CellStyle style) throws IOException {
        if (time == null) {
            to.blank(c, style);
        } else {
            to.number(c, DateUtil.getExcelDate(time, workbook.date1904()), style);
        }
    }

    /** Text as a string cell, never a formula; quote-prefixed when a spreadsheet could run it. */
    private void text(Cell cell, String text, Look look) {
        try {
            text(new OneCell(cell), cell.getColumnIndex(), text, look);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void text(CellTarget to, int c, String text, Look look) throws IOException {
        if (text == null || text.isEmpty()) {
            to.blank(c, styles.of(Kind.BLANK, look));
            return;
        }
        String s = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT - 1) + "…" : text;
        to.text(c, s, styles.of(ClientText.isDangerous(s) ? Kind.QUOTED_TEXT : Kind.TEXT, look));
    }
}
