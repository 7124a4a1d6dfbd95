package com.migrationhub.samples;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** One sheet of a workbook read back with POI's user model: headers, then rows of cells. */
final class SheetTable {
    private static final DataFormatter FORMAT = new DataFormatter(java.util.Locale.ROOT);

    final String name;
    final List<String> headers = new ArrayList<>();
    final List<Row> rows = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();

    SheetTable(Sheet sheet) {
        this.name = sheet.getSheetName();
        Row header = sheet.getRow(0);
        for (int i = 0; i < header.getLastCellNum(); i++) {
            Cell c = header.getCell(i);
            String h = c == null ? "" : c.getStringCellValue();
            headers.add(h);
            index.putIfAbsent(h, i);
        }
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null) {
                rows.add(row);
            }
        }
    }

    Cell cell(Row row, String header) {
        Integer i = index.get(header);
        if (i == null) {
            throw new IllegalArgumentException("no column " + header + " in " + name);
        }
        return row.getCell(i);
    }

    /** The cell as text: "" when absent, the string itself, or the number as Excel shows it. */
    String text(Row row, String header) {
        Cell c = cell(row, header);
        return c == null ? "" : FORMAT.formatCellValue(c);
    }

    /** A numeric cell's value; fails for a text or missing cell, which a number column must not have. */
    double number(Row row, String header) {
        Cell c = cell(row, header);
        if (c == null || c.getCellType() != CellType.NUMERIC) {
            throw new AssertionError(name + "!" + header + " row " + (row.getRowNum() + 1) + " is not a number: " + c);
        }
        return c.getNumericCellValue();
    }

    List<String> column(String header) {
        List<String> values = new ArrayList<>(rows.size());
        for (Row r : rows) {
            values.add(text(r, header));
        }
        return values;
    }
}
