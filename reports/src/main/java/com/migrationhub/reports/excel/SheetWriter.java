package com.migrationhub.reports.excel;

import com.migrationhub.reports.table.Column;
import com.migrationhub.reports.table.ReportSheet;
import com.migrationhub.reports.table.RowProgress;
import com.migrationhub.reports.table.Table;
import com.migrationhub.reports.table.Value;
import com.migrationhub.reports.ClientText;
import com.migrationhub.reports.excel.CellStyles.Kind;
import com.migrationhub.reports.excel.CellStyles.Look;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
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
 * the few changes to the workbook itself (a table, a filter's defined name) are made one at a time.
 */
final class SheetWriter {
    /** Excel's limit for the text of one cell. */
    private static final int MAX_TEXT = 32_767;
    private static final String TABLE_STYLE = "TableStyleLight9";

    private final SXSSFWorkbook workbook;
    private final CellStyles styles;
    private final RowProgress progress;
    private final int currencyLength;

    SheetWriter(SXSSFWorkbook workbook, CellStyles styles, String currency, RowProgress progress) {
        this.workbook = workbook;
        this.styles = styles;
        this.progress = progress;
        this.currencyLength = currency == null ? 3 : currency.length();
    }

    /** A writer that shares this one's workbook and styles and counts its rows into {@code progress}. */
    SheetWriter with(RowProgress progress) {
        return new SheetWriter(workbook, styles, currencyLength, progress);
    }

    private SheetWriter(SXSSFWorkbook workbook, CellStyles styles, int currencyLength, RowProgress progress) {
        this.workbook = workbook;
        this.styles = styles;
        this.progress = progress;
        this.currencyLength = currencyLength;
    }

    /** Fills a sheet made beforehand (in the workbook's order) from its spec. */
    void write(ReportSheet spec, SXSSFSheet sheet) {
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
            next = table(sheet, tables.get(i), next, widths);
        }
        sheet.createFreezePane(0, 1);
        widths.apply(sheet);
    }

    /** A mutable row cursor for the streaming callbacks. */
    private static final class Cursor {
        int row;
        int written;
    }

    /** Writes the table with its header at {@code first}; returns the next free row. */
    private <R> int table(SXSSFSheet sheet, Table<R> t, int first, ColumnWidths widths) {
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
        Cursor at = new Cursor();
        at.row = first + 1;
        t.forEachRow(r -> {
            Row row = sheet.createRow(at.row++);
            Look look = t.isHighlighted(r) ? Look.EMPHASIS : Look.PLAIN;
            boolean sample = at.written++ < ColumnWidths.SAMPLE;
            for (int c = 0; c < columns.size(); c++) {
                Column<R> column = columns.get(c);
                Value v = column.of(r);
                cell(row.createCell(c), v, look);
                if (column.money() && v instanceof Value.Money m) {
                    sums[c] += m.cents();
                }
                if (sample) {
                    widths.value(c, v, currencyLength);
                }
            }
            progress.row();
        });
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
        synchronized (workbook) {
            if (t.isStreamed()) {
                sheet.setAutoFilter(new CellRangeAddress(first, lastData, 0, columns.size() - 1));
            } else {
                excelTable(sheet, t.id(), headers, first, lastData);
            }
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

    private void cell(Cell cell, Value v, Look look) {
        if (v instanceof Value.Text t) {
            text(cell, t.text(), look);
        } else if (v instanceof Value.Money m) {
            // cents / 100.0 is the double nearest the exact amount, as BigDecimal.valueOf(cents, 2) would give
            cell.setCellValue(m.cents() / 100.0);
            cell.setCellStyle(styles.of(Kind.MONEY, look));
        } else if (v instanceof Value.Count c) {
            cell.setCellValue(c.count());
            cell.setCellStyle(styles.of(Kind.COUNT, look));
        } else if (v instanceof Value.Gib g) {
            cell.setCellValue(g.mib() / 1024.0);
            cell.setCellStyle(styles.of(Kind.GIB, look));
        } else if (v instanceof Value.Share s) {
            cell.setCellValue(s.fraction());
            cell.setCellStyle(styles.of(Kind.SHARE, look));
        } else if (v instanceof Value.Decimal d) {
            cell.setCellValue(d.value().doubleValue());
            cell.setCellStyle(styles.of(Kind.DECIMAL, look));
        } else if (v instanceof Value.Day d) {
            cell.setCellValue(d.date());
            cell.setCellStyle(styles.of(Kind.DAY, look));
        } else if (v instanceof Value.Moment m) {
            cell.setCellValue(m.time().toLocalDateTime());
            cell.setCellStyle(styles.of(Kind.MOMENT, look));
        } else if (v instanceof Value.Month m) {
            cell.setCellValue(m.month());
            cell.setCellStyle(styles.of(Kind.MONTH, look));
        } else {
            cell.setCellStyle(styles.of(Kind.BLANK, look));
        }
    }

    /** Text as a string cell, never a formula; quote-prefixed when a spreadsheet could run it. */
    private void text(Cell cell, String text, Look look) {
        if (text == null || text.isEmpty()) {
            cell.setCellStyle(styles.of(Kind.BLANK, look));
            return;
        }
        String s = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT - 1) + "…" : text;
        cell.setCellValue(s);
        cell.setCellStyle(styles.of(ClientText.isDangerous(s) ? Kind.QUOTED_TEXT : Kind.TEXT, look));
    }
}
