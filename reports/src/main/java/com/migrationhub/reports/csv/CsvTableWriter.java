package com.migrationhub.reports.csv;

import com.migrationhub.reports.table.Column;
import com.migrationhub.reports.table.RowProgress;
import com.migrationhub.reports.table.Table;
import com.migrationhub.reports.table.Value;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes one {@link Table} as an RFC 4180 file: UTF-8 without a byte order mark, CRLF line ends,
 * the header row, the rows, and the table's totals row when it has one (its money columns summed
 * from the rows, as the workbook's SUM formulas compute them). Streams: one line in memory.
 */
final class CsvTableWriter {
    private static final String CRLF = "\r\n";

    private CsvTableWriter() {
    }

    static <R> void write(Table<R> table, Path file, RowProgress progress) throws IOException {
        progress.start(table.title());
        List<Column<R>> columns = table.columns();
        long[] sums = new long[columns.size()];
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            StringBuilder line = new StringBuilder(512);
            for (int c = 0; c < columns.size(); c++) {
                separate(line, c);
                CsvFields.text(line, columns.get(c).header());
            }
            out.append(line).append(CRLF);
            try {
                table.forEachRow(r -> {
                    line.setLength(0);
                    for (int c = 0; c < columns.size(); c++) {
                        separate(line, c);
                        Value v = columns.get(c).of(r);
                        CsvFields.append(line, v);
                        if (columns.get(c).money() && v instanceof Value.Money m) {
                            sums[c] += m.cents();
                        }
                    }
                    try {
                        out.append(line).append(CRLF);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    progress.row();
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            if (table.totalsLabel() != null) {
                line.setLength(0);
                CsvFields.text(line, table.totalsLabel());
                for (int c = 1; c < columns.size(); c++) {
                    separate(line, c);
                    if (columns.get(c).money()) {
                        CsvFields.cents(line, sums[c]);
                    }
                }
                out.append(line).append(CRLF);
            }
        }
    }

    private static void separate(StringBuilder line, int column) {
        if (column > 0) {
            line.append(',');
        }
    }
}
