package com.migrationhub.connectors.dependency;

import com.migrationhub.connectors.csv.CsvColumn;
import com.migrationhub.connectors.csv.CsvReader;
import com.migrationhub.connectors.csv.CsvRow;
import com.migrationhub.domain.dependency.Connection;
import com.migrationhub.domain.dependency.DependencyImporter;
import com.migrationhub.domain.dependency.DependencyOptions;
import com.migrationhub.domain.inventory.ImportException;
import com.migrationhub.domain.task.ProgressMonitor;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * What the CSV dependency importers share: one streaming pass of {@link CsvReader} (its encodings,
 * row numbers, errors, progress and cancellation), the header resolved once into the format's
 * columns, and the cell rules for addresses, ports and counts. A file with a header but no rows is
 * an error: an export of nothing is more likely the wrong file than a quiet estate.
 *
 * @param <C> the format's columns as this file has them
 */
abstract class CsvConnectionImporter<C> implements DependencyImporter {

    /** The format's columns; notes each missing required one with {@link ColumnNames#need} and checks. */
    abstract C columns(ColumnNames names) throws ImportException;

    /** Turns one row into a connection, or a skipped row. */
    abstract void readRow(Path file, CsvRow row, C columns, Consumer<Connection> sink, Consumer<Skipped> skipped)
            throws ImportException;

    @Override
    public void read(Path file, DependencyOptions options, Consumer<Connection> sink, Consumer<Skipped> skipped,
                     ProgressMonitor monitor) throws ImportException {
        try (CsvReader reader = CsvReader.open(file, monitor)) {
            ColumnNames names = new ColumnNames(file, reader.header());
            C columns = columns(names);
            names.check();
            long rows = 0;
            CsvRow row;
            while ((row = reader.next()) != null) {
                rows++;
                readRow(file, row, columns, sink, skipped);
            }
            if (rows == 0) {
                throw new ImportException(file, null, "the file has a header line but no rows");
            }
        }
    }

    /** An IP address cell, normalized ({@link Endpoints#normalizeIp}); null when empty. */
    static String ip(CsvRow row, CsvColumn column) throws ImportException {
        String t = row.text(column);
        if (t == null) {
            return null;
        }
        if (!Endpoints.isIp(t)) {
            throw ColumnNames.problem(row, column, "is not an IP address");
        }
        return Endpoints.normalizeIp(t);
    }

    /** A port cell: 0 to 65535, or -1 when empty. */
    static int port(CsvRow row, CsvColumn column) throws ImportException {
        String t = row.text(column);
        int port = Endpoints.port(t);
        if (port == Endpoints.BAD_PORT) {
            throw ColumnNames.problem(row, column, "is not a port number (0 to 65535)");
        }
        return port;
    }

    /** A count of connections: a whole number, at least 0; 1 when the cell is empty or absent. */
    static long count(CsvRow row, CsvColumn column) throws ImportException {
        String t = row.text(column);
        if (t == null) {
            return 1;
        }
        long value = 0;
        boolean ok = t.length() <= 18;
        for (int i = 0; ok && i < t.length(); i++) {
            char c = t.charAt(i);
            ok = c >= '0' && c <= '9';
            value = value * 10 + (c - '0');
        }
        if (!ok) {
            throw ColumnNames.problem(row, column, "is not a count (a whole number, 0 or more)");
        }
        return value;
    }

    /** Which side of a connection, for messages. */
    static String side(boolean source) {
        return source ? "source" : "destination";
    }
}
