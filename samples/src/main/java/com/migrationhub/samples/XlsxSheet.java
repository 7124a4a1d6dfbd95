package com.migrationhub.samples;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * Appends rows to one sheet of a streaming workbook, cell by cell from the left. Each row must
 * fill exactly as many cells as the sheet has headers: a row that does not is a bug in its writer,
 * so {@link #end()} fails loudly rather than shift every later column.
 *
 * <p>A sheet holds at most Excel's 1,048,576 rows. Rows beyond go on to a continuation sheet
 * right after it, "vDisk (2)", with the same headers; only estates of several hundred thousand
 * VMs, far beyond what one vCenter manages, get there.
 */
final class XlsxSheet {
    private final StreamingWorkbook workbook;
    private final String name;
    private final List<String> headers;
    private final int maxRows;
    private final CellStyle dateStyle;
    private final CellStyle plainStyle;
    private SXSSFSheet sheet;
    private int part = 1;
    private int rowIndex;
    private Row row;
    private int column;

    XlsxSheet(StreamingWorkbook workbook, String name, List<String> headers, int maxRows) {
        this.workbook = workbook;
        this.name = name;
        this.headers = List.copyOf(headers);
        this.maxRows = maxRows;
        this.dateStyle = workbook.dateStyle();
        this.sheet = workbook.createSheet(name, null);
        // Set on every cell: a cell without a style makes POI look up its column's style, slowly.
        this.plainStyle = sheet.getWorkbook().getCellStyleAt(0);
        writeHeaders();
    }

    private void writeHeaders() {
        rowIndex = 0;
        Row header = sheet.createRow(rowIndex++);
        for (int i = 0; i < headers.size(); i++) {
            Cell c = header.createCell(i);
            c.setCellValue(headers.get(i));
            c.setCellStyle(workbook.headerStyle());
        }
    }

    XlsxSheet begin() {
        if (rowIndex == maxRows) {
            String previous = sheet.getSheetName();
            part++;
            sheet = workbook.createSheet(name + " (" + part + ")", previous);
            writeHeaders();
        }
        row = sheet.createRow(rowIndex++);
        column = 0;
        return this;
    }

    XlsxSheet text(String value) {
        if (value == null || value.isEmpty()) {
            column++; // RVTools leaves empty values as absent cells
        } else {
            Cell c = row.createCell(column++);
            c.setCellValue(value);
            c.setCellStyle(plainStyle);
        }
        return this;
    }

    XlsxSheet number(double value) {
        Cell c = row.createCell(column++);
        c.setCellValue(value);
        c.setCellStyle(plainStyle);
        return this;
    }

    /** RVTools writes booleans as the words "True" and "False", not as Excel booleans. */
    XlsxSheet bool(boolean value) {
        return text(value ? "True" : "False");
    }

    XlsxSheet date(LocalDateTime value) {
        if (value == null) {
            column++;
        } else {
            Cell c = row.createCell(column++);
            c.setCellValue(value);
            c.setCellStyle(dateStyle);
        }
        return this;
    }

    XlsxSheet blank() {
        column++;
        return this;
    }

    XlsxSheet texts(Iterable<String> values) {
        for (String v : values) {
            text(v);
        }
        return this;
    }

    void end() {
        if (column != headers.size()) {
            throw new IllegalStateException(sheet.getSheetName() + " row " + rowIndex + " has " + column
                    + " cells for " + headers.size() + " headers");
        }
    }
}
