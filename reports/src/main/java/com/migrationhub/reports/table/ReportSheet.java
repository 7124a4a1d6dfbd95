package com.migrationhub.reports.table;

import java.util.List;

/**
 * One sheet of the workbook: its tab name and its tables, top to bottom. The CSV export writes
 * each table to a file of its own, named after the table's id.
 */
public record ReportSheet(String name, List<Table<?>> tables) {
    public ReportSheet {
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("sheet " + name + " has no table");
        }
        tables = List.copyOf(tables);
    }

    public ReportSheet(String name, Table<?>... tables) {
        this(name, List.of(tables));
    }
}
