package com.migrationhub.connectors.prices.aws;

import com.migrationhub.connectors.csv.CsvColumn;
import com.migrationhub.connectors.csv.CsvReader;
import com.migrationhub.connectors.csv.CsvRow;
import com.migrationhub.domain.catalog.CatalogBuildException;
import com.migrationhub.domain.catalog.Usd;
import com.migrationhub.domain.inventory.ImportException;
import com.migrationhub.domain.task.ProgressMonitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads one of the CSV files in {@code shared/prices} row by row, cells by column name, through the
 * project's {@link CsvReader} (so quoted fields such as ec2instances.info's CPU names are read right).
 * Any problem becomes a {@link CatalogBuildException} naming the file, row and column.
 */
final class PriceCsv {
    private PriceCsv() {
    }

    /** One data row. */
    static final class Row {
        private final String file;
        private final CsvRow row;
        private final Map<String, CsvColumn> columns;

        private Row(String file, CsvRow row, Map<String, CsvColumn> columns) {
            this.file = file;
            this.row = row;
            this.columns = columns;
        }

        /** The trimmed cell, "" when empty. */
        String text(String column) {
            CsvColumn c = columns.get(column);
            if (c == null) {
                throw new CatalogBuildException(file + ": no column '" + column + "'");
            }
            return row.raw(c).strip();
        }

        String required(String column) {
            String t = text(column);
            if (t.isEmpty()) {
                throw problem(column, "is empty");
            }
            return t;
        }

        /** A whole number; 0 when the cell is empty. */
        long number(String column) {
            String t = text(column);
            if (t.isEmpty()) {
                return 0;
            }
            try {
                return Long.parseLong(t);
            } catch (NumberFormatException e) {
                throw problem(column, "'" + t + "' is not a whole number");
            }
        }

        /** A price in nano-dollars; -1 when the cell is empty. */
        long usd(String column) {
            String t = text(column);
            if (t.isEmpty()) {
                return -1;
            }
            try {
                return Usd.parse(t);
            } catch (IllegalArgumentException e) {
                throw problem(column, e.getMessage());
            }
        }

        CatalogBuildException problem(String column, String what) {
            return new CatalogBuildException(file + ", row " + row.row() + ", column " + column + ": " + what);
        }
    }

    /**
     * @param prices   the shared/prices folder
     * @param file     the file's path below it, as messages and sources name it
     * @param required the columns the file must have
     */
    static void read(Path prices, String file, List<String> required, Consumer<Row> handler) {
        Path path = prices.resolve(file);
        if (!Files.isRegularFile(path)) {
            throw new CatalogBuildException(file + ": no such file in " + prices);
        }
        try (CsvReader reader = CsvReader.open(path, ProgressMonitor.NONE)) {
            Map<String, CsvColumn> columns = new HashMap<>();
            for (CsvColumn c : reader.header().columns()) {
                columns.put(c.name(), c);
            }
            for (String name : required) {
                if (!columns.containsKey(name)) {
                    throw new CatalogBuildException(file + ": the header lacks the column '" + name + "'");
                }
            }
            CsvRow row;
            while ((row = reader.next()) != null) {
                handler.accept(new Row(file, row, columns));
            }
        } catch (ImportException e) {
            String place = e.where() == null ? "" : e.where().describe();
            throw new CatalogBuildException(file + (place.isEmpty() ? "" : ": " + place) + ": " + e.problem(), e);
        }
    }
}
